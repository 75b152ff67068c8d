// As mechanism-accepted, but walking the claims themselves so that submitted (unreviewed) ones count too.
MATCH (d:Drug {id: $drugId})
MATCH p = (d) ((a)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(b:Gene)
          WHERE NOT c.predicate STARTS WITH 'RESISTANCE'
            AND (c.status = 'SUBMITTED'
                 OR (c.status = 'ACCEPTED' AND EXISTS { (c)-[:SUPPORTED_BY]->(pub:Publication) WHERE NOT coalesce(pub.retracted, false) }))
         ){1,8} (t:Gene)
WITH p, t, [n IN nodes(p) WHERE NOT n:Claim] AS ns, [n IN nodes(p) WHERE n:Claim | n.id] AS claimIds
WHERE size(claimIds) <= $maxHops
  AND ($targetId IS NULL OR t.hgncId = $targetId)
  AND all(i IN range(1, size(ns) - 1) WHERE NOT ns[i] IN ns[0..i])
RETURN [n IN ns | n {.*, kind: CASE WHEN n:Drug THEN 'Drug' ELSE 'Gene' END}] AS nodes, claimIds
ORDER BY size(claimIds), [n IN ns | coalesce(n.symbol, n.name)]
LIMIT $limit
