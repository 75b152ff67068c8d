// Visible claims in which a gene or drug takes part, as subject or object.
MATCH (n) WHERE (n:Gene AND n.hgncId = $id) OR (n:Drug AND n.id = $id)
MATCH (n)<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE (c.status = 'ACCEPTED' AND EXISTS { (c)-[:SUPPORTED_BY]->(p:Publication) WHERE NOT coalesce(p.retracted, false) })
   OR ($includeUnreviewed AND c.status = 'SUBMITTED')
RETURN DISTINCT c.id AS claimId ORDER BY claimId
