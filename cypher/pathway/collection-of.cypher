// A collection's record (who uploaded it; built-in collections, loaded by the seed, have no owner).
MATCH (c:Collection {name: $name})
RETURN c.name AS name, c.owner AS owner, c.version AS version
