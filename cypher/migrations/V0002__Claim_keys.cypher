// One live claim per subject, predicate, object and context (see V0003): existing claims get their key.
// Rejected claims have no key, so they never block a new submission.
MATCH (c:Claim) WHERE c.status <> 'REJECTED'
SET c.tripleKey = c.subjectId + '|' + c.predicate + '|' + c.objectId + '|' + toLower(trim(coalesce(c.context, '')));
