// Visible claims with at least one end among the given ids (HGNC ids or drug ids).
MATCH (c:Claim)
WHERE (c.subjectId IN $ids OR c.objectId IN $ids)
  AND ((c.status = 'ACCEPTED' AND EXISTS { (c)-[:SUPPORTED_BY]->(p:Publication) WHERE NOT coalesce(p.retracted, false) })
       OR ($includeUnreviewed AND c.status = 'SUBMITTED'))
RETURN c.id AS claimId ORDER BY claimId
