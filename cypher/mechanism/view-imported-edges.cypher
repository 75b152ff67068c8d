// Imported edges of the given sources (their active runs) between nodes of a view (genes by HGNC id, drugs by id):
// index seeks on the listed ids, then their IMPORTED edges to other listed nodes.
CALL () {
  MATCH (a:Gene) WHERE a.hgncId IN $ids RETURN a, a.hgncId AS aId
  UNION ALL
  MATCH (a:Drug) WHERE a.id IN $ids RETURN a, a.id AS aId
}
MATCH (a)-[r:IMPORTED]->(b)
WHERE r.run IN $runs AND ((b:Gene AND b.hgncId IN $ids) OR (b:Drug AND b.id IN $ids))
RETURN aId AS source, CASE WHEN b:Gene THEN b.hgncId ELSE b.id END AS target, r {.*} AS edge
ORDER BY source, target, edge.source, edge.predicate
