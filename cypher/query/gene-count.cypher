MATCH (g:Gene) RETURN count(g) AS n
