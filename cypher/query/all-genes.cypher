MATCH (g:Gene) RETURN g {.*} AS gene
