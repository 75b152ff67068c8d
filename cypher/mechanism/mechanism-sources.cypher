// Signed paths of exactly $hops edges from a drug through genes, along the accepted curated edges (the claims'
// projection, which carries no run: 0 in $runs) and the imported edges of the sources' active runs ($runs). An
// imported edge of a symmetric predicate (INTERACTS, COVARIES, RESEMBLES) may be walked either way, every other edge
// only forward (the projection has no predicate property). The service asks for 1, 2, ... hops and stops at its path
// limit, so shorter paths come first and no search runs past the limit (quantifiers take no parameters: one branch
// per length, the others stop at their first filter). Paths are simple in nodes.
MATCH (d:Drug {id: $drugId})
CALL (d) {
  WITH d WHERE $hops = 1
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1} (t:Gene)
  RETURN p, t
  UNION ALL
  WITH d WHERE $hops = 2
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){2} (t:Gene)
  RETURN p, t
  UNION ALL
  WITH d WHERE $hops = 3
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){3} (t:Gene)
  RETURN p, t
  UNION ALL
  WITH d WHERE $hops = 4
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){4} (t:Gene)
  RETURN p, t
  UNION ALL
  WITH d WHERE $hops = 5
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){5} (t:Gene)
  RETURN p, t
  UNION ALL
  WITH d WHERE $hops = 6
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){6} (t:Gene)
  RETURN p, t
  UNION ALL
  WITH d WHERE $hops = 7
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){7} (t:Gene)
  RETURN p, t
  UNION ALL
  WITH d WHERE $hops = 8
  MATCH p = (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){8} (t:Gene)
  RETURN p, t
}
WITH p, t
WHERE ($targetId IS NULL OR t.hgncId = $targetId)
  AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
RETURN [n IN nodes(p) | n {.*, kind: CASE WHEN n:Drug THEN 'Drug' ELSE 'Gene' END}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r)}] AS edges,
       [i IN range(0, length(p) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]] AS forward
LIMIT $limit
