// Mirror the given claims as traversal edges: drop their old edges, then draw one edge per claim that is
// ACCEPTED and rests on at least one publication that is not retracted.
UNWIND $ids AS claimId
MATCH (c:Claim {id: claimId})-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
CALL (c, s) {
  MATCH (s)-[old]->() WHERE old.claimId = c.id
  DELETE old
}
WITH c, s, o
WHERE c.status = 'ACCEPTED'
  AND EXISTS { (c)-[:SUPPORTED_BY]->(p:Publication) WHERE NOT coalesce(p.retracted, false) }
WITH c, s, o, CASE c.predicate WHEN 'RESISTANCE_WHEN_HIGH' THEN 'RESISTANCE' WHEN 'RESISTANCE_WHEN_LOW' THEN 'RESISTANCE' ELSE c.predicate END AS type
CREATE (s)-[r:$(type)]->(o)
SET r.claimId = c.id, r.sign = c.sign,
    r.direction = CASE c.predicate WHEN 'RESISTANCE_WHEN_HIGH' THEN 'HIGH' WHEN 'RESISTANCE_WHEN_LOW' THEN 'LOW' ELSE null END
