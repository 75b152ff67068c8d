// Drugs (by any name, synonym or id: their DrugKeys) and diseases whose lower-cased name contains the text, served by
// the text indexes; exact names first, then names that start with the text, then shorter names.
CALL () {
  MATCH (k:DrugKey) WHERE k.key CONTAINS $text
  MATCH (k)-[:FOR]->(n:Drug)
  RETURN DISTINCT n, 'Drug' AS kind
  UNION
  MATCH (n:Disease) WHERE n.nameKey CONTAINS $text
  RETURN n, 'Disease' AS kind
}
WITH n, kind, toLower(n.name) AS name
ORDER BY CASE WHEN name = $text THEN 0 WHEN name STARTS WITH $text THEN 1 ELSE 2 END, size(name), name, n.id
LIMIT $limit
RETURN n {.*, kind: kind} AS node
