// Every collection with its owner (none: built in) and how many of its genes map to HGNC genes (counted from the
// memberships for a built-in collection, whose seed record does not hold the number).
MATCH (c:Collection)
CALL (c) {
  WITH c WHERE c.mappedGenes IS NULL
  MATCH (g:Gene)-[:MEMBER_OF]->(:Pathway {collection: c.name})
  RETURN count(DISTINCT g) AS counted
}
RETURN c.name AS name, c.version AS version, c.owner AS owner, c.uploadedAt AS uploadedAt, c.sets AS sets,
       c.memberships AS memberships, coalesce(c.mappedGenes, counted) AS mappedGenes,
       coalesce(c.unmapped, 0) AS unmappedGenes, coalesce(c.ambiguous, 0) AS ambiguousGenes, c.genes AS genes
ORDER BY c.owner IS NOT NULL, c.name
