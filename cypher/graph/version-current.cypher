OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.data, 0) AS data, coalesce(v.genes, 0) AS genes, coalesce(v.geneSets, 0) AS geneSets
