// A submitted claim between a gene or drug subject and a gene or drug object. Only the claim node: its SUBJECT and
// OBJECT relationships are drawn at the end of the transaction (claim-relink), because drawing a relationship
// locks its end nodes, which many writers share, until the commit.
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
RETURN c.id AS id
