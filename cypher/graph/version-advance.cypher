// Last statement of every write transaction: advances one of the version's stripes (the writer picks one at random;
// Graph.VERSION_STRIPES), so concurrent writers rarely wait for each other's commit on the same node. The lock on
// the stripe is held only from here to the commit. MERGE: a stripe is made the first time it is used.
MERGE (v:GraphVersion {id: $stripe})
SET v.data = coalesce(v.data, 0) + 1,
    v.genes = coalesce(v.genes, 0) + CASE WHEN 'GENES' IN $facets THEN 1 ELSE 0 END,
    v.geneSets = coalesce(v.geneSets, 0) + CASE WHEN 'GENE_SETS' IN $facets THEN 1 ELSE 0 END,
    v.reviewOnly = coalesce(v.reviewOnly, 0) + CASE WHEN 'REVIEW_QUEUE' IN $facets THEN 1 ELSE 0 END
RETURN v.data AS data
