// Collections by name; text matches the id or a case-insensitive part of the name.
MATCH (p:Pathway)
WHERE ($collection IS NULL OR p.collection = $collection)
  AND ($text IS NULL OR toLower(p.name) CONTAINS toLower($text) OR toLower(p.id) = toLower($text))
WITH p ORDER BY p.collection, p.name
WITH collect(p {.*}) AS all
RETURN size(all) AS total, all[$offset..$offset + $limit] AS items
