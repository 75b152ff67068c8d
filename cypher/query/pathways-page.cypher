// Collections by name; text matches the id or a case-insensitive part of the name (underscores read as spaces).
MATCH (p:Pathway)
WHERE ($collection IS NULL OR p.collection = $collection)
  AND ($text IS NULL OR replace(toLower(p.name), '_', ' ') CONTAINS replace(toLower($text), '_', ' ') OR toLower(p.id) = toLower($text))
WITH p ORDER BY p.collection, p.name
WITH collect(p {.*}) AS found
RETURN size(found) AS total, found[$offset..$offset + $limit] AS items
