// The nodes of these HGNC genes.
UNWIND $ids AS hgncId
MATCH (g:Gene {hgncId: hgncId})
RETURN hgncId, id(g) AS node
