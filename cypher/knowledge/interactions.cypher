// The edges of one gene, drug or disease (found by its unique id: an index seek), curated or imported, filtered by
// source, predicate and sign, ordered (curated first, then source, predicate, partner) and paged. A curated edge is
// the projection of an accepted claim (it carries claimId); an imported one is an IMPORTED edge of its source's active
// run ($runs: one per source asked for).
CALL () {
  MATCH (n:Gene {hgncId: $id}) WHERE $kind = 'Gene' RETURN n
  UNION
  MATCH (n:Drug {id: $id}) WHERE $kind = 'Drug' RETURN n
  UNION
  MATCH (n:Disease {id: $id}) WHERE $kind = 'Disease' RETURN n
}
MATCH (n)-[r]-(m)
WHERE (type(r) = 'IMPORTED' AND r.run IN $runs) OR ($curated AND r.claimId IS NOT NULL)
WITH n, r, m, type(r) = 'IMPORTED' AS imported
WITH n, r, m, imported,
     CASE WHEN imported THEN r.source ELSE 'CURATED' END AS source,
     CASE WHEN imported THEN r.predicate
          WHEN type(r) = 'RESISTANCE' THEN 'RESISTANCE_WHEN_' + r.direction
          ELSE type(r) END AS predicate
WHERE ($predicates IS NULL OR predicate IN $predicates)
  AND ($sign IS NULL OR coalesce(r.sign, 0) = $sign)
WITH n, r, m, imported, source, predicate,
     CASE WHEN m:Gene THEN 'Gene' WHEN m:Drug THEN 'Drug' WHEN m:Disease THEN 'Disease' ELSE 'Entity' END AS kind
ORDER BY CASE source WHEN 'CURATED' THEN 0 ELSE 1 END, source, predicate, coalesce(m.symbol, m.name), elementId(r)
WITH collect({source: source, predicate: predicate, imported: imported, outgoing: startNode(r) = n,
              props: properties(r), partner: m {.*, kind: kind}}) AS items
RETURN size(items) AS total, items[$offset..$offset + $limit] AS items
