MATCH (g:Gene)-[m:MEASURED_IN]->(:Contrast {id: $id})
WHERE $alpha IS NULL OR m.padj < $alpha
WITH g, m ORDER BY m.padj IS NULL, m.padj, g.symbol
WITH collect({gene: g {.*}, result: m {.*}}) AS found
RETURN size(found) AS total, found[$offset..$offset + $limit] AS items
