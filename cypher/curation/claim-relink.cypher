// Points the claim at its ends (a new claim, or after a revision changed its subject or object).
MATCH (c:Claim {id: $id})
CALL (c) {
  MATCH (c)-[r:SUBJECT|OBJECT]->() DELETE r
}
CALL (c) {
  MATCH (s:Gene {hgncId: c.subjectId}) WHERE c.subjectType = 'Gene' RETURN s
  UNION
  MATCH (s:Drug {id: c.subjectId}) WHERE c.subjectType = 'Drug' RETURN s
}
CALL (c) {
  MATCH (o:Gene {hgncId: c.objectId}) WHERE c.objectType = 'Gene' RETURN o
  UNION
  MATCH (o:Drug {id: c.objectId}) WHERE c.objectType = 'Drug' RETURN o
}
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
