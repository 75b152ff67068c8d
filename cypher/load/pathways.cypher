// One collection's gene sets; members are HGNC ids. Re-loading replaces a set's memberships.
UNWIND $rows AS row
MERGE (p:Pathway {id: row.id})
SET p.name = row.name, p.collection = $collection, p.version = $version, p.size = size(row.members)
WITH p, row
CALL (p) {
  MATCH (:Gene)-[m:MEMBER_OF]->(p) DELETE m
}
WITH p, row
UNWIND row.members AS hgncId
MATCH (g:Gene {hgncId: hgncId})
CREATE (g)-[:MEMBER_OF]->(p)
