// Every gene result of one contrast (for enrichment: tested genes, significant genes, Wald statistics).
MATCH (g:Gene)-[m:MEASURED_IN]->(:Contrast {id: $id})
RETURN g.hgncId AS hgncId, m.log2FoldChange AS log2FoldChange, m.stat AS stat, m.padj AS padj
