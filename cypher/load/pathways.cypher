// One collection's gene sets; members are HGNC ids. Re-loading replaces a set's memberships.
UNWIND $rows AS row
MERGE (p:Pathway {id: row.id})
SET p.name = row.name, p.collection = $collection, p.version = $version, p.size = size(row.members)
WITH p, row
// anchored on p alone: with a label on the far end the planner may start from a scan of all genes when
// MEMBER_OF is still empty, and keep that plan for every batch (minutes instead of seconds)
CALL (p) {
  MATCH (p)<-[m:MEMBER_OF]-() DELETE m
}
WITH p, row
UNWIND row.members AS hgncId
MATCH (g:Gene {hgncId: hgncId})
CREATE (g)-[:MEMBER_OF]->(p)
