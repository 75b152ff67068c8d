// A submitted claim between a gene or drug subject and a gene or drug object.
CALL () {
  MATCH (s:Gene {hgncId: $subjectId}) WHERE $subjectType = 'Gene' RETURN s
  UNION
  MATCH (s:Drug {id: $subjectId}) WHERE $subjectType = 'Drug' RETURN s
}
CALL () {
  MATCH (o:Gene {hgncId: $objectId}) WHERE $objectType = 'Gene' RETURN o
  UNION
  MATCH (o:Drug {id: $objectId}) WHERE $objectType = 'Drug' RETURN o
}
CREATE (c:Claim {id: $id, predicate: $predicate, sign: $sign, level: $level, context: $context, statement: $statement,
                 status: 'SUBMITTED', version: 1, subjectId: $subjectId, subjectType: $subjectType,
                 objectId: $objectId, objectType: $objectType, submittedBy: $actor, createdAt: $at,
                 tripleKey: $key})
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
RETURN c.id AS id
