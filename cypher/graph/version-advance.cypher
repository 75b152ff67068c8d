// Last statement of every write transaction: the lock on the version node is held only from here to the commit.
MERGE (v:GraphVersion {id: 'graph'})
SET v.data = coalesce(v.data, 0) + 1,
    v.genes = coalesce(v.genes, 0) + CASE WHEN 'GENES' IN $facets THEN 1 ELSE 0 END,
    v.geneSets = coalesce(v.geneSets, 0) + CASE WHEN 'GENE_SETS' IN $facets THEN 1 ELSE 0 END
RETURN v.data AS data, v.genes AS genes, v.geneSets AS geneSets
