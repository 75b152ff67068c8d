MATCH (:Gene {hgncId: $hgncId})-[:MEMBER_OF]->(p:Pathway)
WHERE $collection IS NULL OR p.collection = $collection
WITH p ORDER BY p.collection, p.name
WITH collect(p {.*}) AS all
RETURN size(all) AS total, all[$offset..$offset + $limit] AS items
