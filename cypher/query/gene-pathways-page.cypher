MATCH (:Gene {hgncId: $hgncId})-[:MEMBER_OF]->(p:Pathway)
WHERE $collection IS NULL OR p.collection = $collection
WITH p ORDER BY p.collection, p.name
WITH collect(p {.*}) AS found
RETURN size(found) AS total, found[$offset..$offset + $limit] AS items
