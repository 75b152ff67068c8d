// Claims with both ends, as the API shows them (Relation).
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
RETURN c {.*} AS claim,
       s {.*, kind: CASE WHEN s:Drug THEN 'Drug' ELSE 'Gene' END} AS source,
       o {.*, kind: CASE WHEN o:Drug THEN 'Drug' ELSE 'Gene' END} AS target
