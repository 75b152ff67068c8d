// The graph's version: every writer (service, load, de --attach, the seed) advances it in the transaction of its
// write, and every process compares it to empty its caches (one node, one index seek to read).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
