UNWIND $ids AS id
MATCH (g:Gene {hgncId: id})-[m:MEASURED_IN]->(:Contrast {id: $contrastId})
RETURN g {.*} AS gene, m {.*} AS result
