// Claims with subject, object and evidence. A claim already in the graph keeps its history and what curators did to
// it (its ends, predicate, status, ...): only new claims are created, so a second load is a no-op. The one thing an
// existing claim receives is a level it does not have yet (claims stored before levels existed), if its predicate is
// still the file's.
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
    c.statement = row.statement, c.status = row.status, c.version = 1, c.level = row.level,
    c.subjectId = row.subjectId, c.subjectType = row.subjectType,
    c.objectId = row.objectId, c.objectType = row.objectType,
    c.submittedBy = row.actor, c.createdAt = toString(datetime()),
    // the claim key, built by ClaimKey (one home); rejected claims hold none
    c.tripleKey = CASE WHEN row.status <> 'REJECTED' THEN row.key END,
    c.loadedNow = true
ON MATCH SET c.level = CASE WHEN c.level IS NULL AND c.predicate = row.predicate THEN row.level ELSE c.level END
// a claim created by this load gets its ends and starts its history with a LOAD event naming the actor
FOREACH (_ IN CASE WHEN c.loadedNow THEN [1] ELSE [] END |
  CREATE (c)-[:SUBJECT]->(s)
  CREATE (c)-[:OBJECT]->(o)
  CREATE (c)-[:HAS_EVENT]->(:CurationEvent {id: randomUUID(), action: 'LOAD', actor: row.actor,
                                           at: toString(datetime()), comment: 'bulk load'}))
REMOVE c.loadedNow
WITH c, row
UNWIND row.publications AS pubId
MATCH (p:Publication {id: pubId})
MERGE (c)-[e:SUPPORTED_BY]->(p)
ON CREATE SET e.statement = row.statement
