// Claims with subject, object and evidence. A claim already in the graph keeps its history: only new
// claims are created, so a second load is a no-op.
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Gene {hgncId: row.subjectId}) WHERE row.subjectType = 'Gene' RETURN s
  UNION
  MATCH (s:Drug {id: row.subjectId}) WHERE row.subjectType = 'Drug' RETURN s
}
CALL (row) {
  MATCH (o:Gene {hgncId: row.objectId}) WHERE row.objectType = 'Gene' RETURN o
  UNION
  MATCH (o:Drug {id: row.objectId}) WHERE row.objectType = 'Drug' RETURN o
}
MERGE (c:Claim {id: row.id})
ON CREATE SET c.predicate = row.predicate, c.sign = row.sign, c.context = row.context,
    c.statement = row.statement, c.status = row.status, c.version = 1,
    c.subjectId = row.subjectId, c.subjectType = row.subjectType,
    c.objectId = row.objectId, c.objectType = row.objectType,
    c.submittedBy = row.actor, c.createdAt = toString(datetime()),
    // the claim key, built by ClaimKey (one home); rejected claims hold none
    c.tripleKey = CASE WHEN row.status <> 'REJECTED' THEN row.key END,
    c.loadedNow = true
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
// a claim created by this load starts its history with a LOAD event naming the actor
FOREACH (_ IN CASE WHEN c.loadedNow THEN [1] ELSE [] END |
  CREATE (c)-[:HAS_EVENT]->(:CurationEvent {id: randomUUID(), action: 'LOAD', actor: row.actor,
                                           at: toString(datetime()), comment: 'bulk load'}))
REMOVE c.loadedNow
WITH c, row
UNWIND row.publications AS pubId
MATCH (p:Publication {id: pubId})
MERGE (c)-[e:SUPPORTED_BY]->(p)
ON CREATE SET e.statement = row.statement
