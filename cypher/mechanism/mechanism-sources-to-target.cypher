// Paths from a drug to one target gene through curated and imported edges: the 100 shortest of at most $hops edges
// (SHORTEST k: Neo4j searches from both ends, so the work grows with the paths kept, not with every path of that
// length that leaves the drug, which is what made 4 hops through Hetionet reach the query timeout). Edges as in
// mechanism-sources: accepted curated edges (no run: 0 in $runs) and imported edges of the sources' active runs; a
// symmetric imported predicate may be walked either way. Quantifiers take no parameters: one branch per length.
// Paths are simple in nodes (shortest paths almost always are; the rare other one is dropped).
MATCH (d:Drug {id: $drugId})
MATCH (t:Gene {hgncId: $targetId})
CALL (d, t) {
  WITH d, t WHERE $hops = 1
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,1} (t)
  RETURN p
  UNION ALL
  WITH d, t WHERE $hops = 2
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,2} (t)
  RETURN p
  UNION ALL
  WITH d, t WHERE $hops = 3
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,3} (t)
  RETURN p
  UNION ALL
  WITH d, t WHERE $hops = 4
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,4} (t)
  RETURN p
  UNION ALL
  WITH d, t WHERE $hops = 5
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,5} (t)
  RETURN p
  UNION ALL
  WITH d, t WHERE $hops = 6
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,6} (t)
  RETURN p
  UNION ALL
  WITH d, t WHERE $hops = 7
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,7} (t)
  RETURN p
  UNION ALL
  WITH d, t WHERE $hops = 8
  MATCH p = SHORTEST 100 (d) ((a)-[r:BINDS|COMPLEX_WITH|DEGRADES|ACTIVATES|REPRESSES|UPREGULATES|DOWNREGULATES|IMPORTED]-(b:Gene)
                 WHERE coalesce(r.run, 0) IN $runs AND (startNode(r) = a OR r.predicate IN $symmetric)
                ){1,8} (t)
  RETURN p
}
WITH p
WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
RETURN [n IN nodes(p) | n {.*, kind: CASE WHEN n:Drug THEN 'Drug' ELSE 'Gene' END}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r)}] AS edges,
       [i IN range(0, length(p) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]] AS forward
ORDER BY size(nodes)
LIMIT $limit
