// The graph's version: the sums over its stripes (each committed write added 1 to one of them, so the sums of
// committed states only grow). The stripe 'graph' is the node of the first version scheme, and edits made outside
// GlueGraph may still advance it alone.
OPTIONAL MATCH (v:GraphVersion)
RETURN coalesce(sum(v.data), 0) AS data, coalesce(sum(v.genes), 0) AS genes, coalesce(sum(v.geneSets), 0) AS geneSets,
       coalesce(sum(v.reviewOnly), 0) AS reviewOnly
