// First load: each distinct look-up key once, linked to every gene it names.
UNWIND $rows AS row
CREATE (k:GeneKey {key: row.key})
WITH k, row
UNWIND row.targets AS t
MATCH (g:Gene {hgncId: t.hgncId})
CREATE (k)-[:FOR {kind: t.kind}]->(g)
