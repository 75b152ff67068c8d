MATCH (g:Gene)-[:MEMBER_OF]->(:Pathway {id: $id})
WITH g ORDER BY g.symbol
WITH collect(g {.*}) AS all
RETURN size(all) AS total, all[$offset..$offset + $limit] AS items
