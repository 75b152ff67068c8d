// Genes whose level goes with resistance to the drug; accepted claims need a publication that stands.
MATCH (:Drug {id: $drugId})<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(g:Gene)
WHERE c.predicate IN ['RESISTANCE_WHEN_HIGH', 'RESISTANCE_WHEN_LOW']
  AND ((c.status = 'ACCEPTED' AND EXISTS { (c)-[:SUPPORTED_BY]->(p:Publication) WHERE NOT coalesce(p.retracted, false) })
       OR ($includeUnreviewed AND c.status = 'SUBMITTED'))
RETURN c.id AS claimId ORDER BY g.symbol
