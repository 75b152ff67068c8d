UNWIND $ids AS id
MATCH (g:Gene {hgncId: id})
RETURN g {.*} AS gene
