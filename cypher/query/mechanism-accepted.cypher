// Signed paths from a drug along accepted curated edges (the projection), simple in nodes, through genes
// only. The hop limit is checked by the service; 8 bounds the pattern.
MATCH (d:Drug {id: $drugId})
MATCH p = (d)-[:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES*1..8]->(t:Gene)
WHERE length(p) <= $maxHops
  AND ($targetId IS NULL OR t.hgncId = $targetId)
  AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
RETURN [n IN nodes(p) | n {.*, kind: CASE WHEN n:Drug THEN 'Drug' ELSE 'Gene' END}] AS nodes,
       [r IN relationships(p) | r.claimId] AS claimIds
ORDER BY length(p), [n IN nodes(p) | coalesce(n.symbol, n.name)]
LIMIT $limit
