MATCH (g:Gene)-[:MEMBER_OF]->(:Pathway {id: $id})
WITH g ORDER BY g.symbol
WITH collect(g {.*}) AS found
RETURN size(found) AS total, found[$offset..$offset + $limit] AS items
