// Every gene result of one contrast with the gene's symbol, for the results table download (/api/contrasts/{id}/results)
MATCH (g:Gene)-[m:MEASURED_IN]->(:Contrast {id: $id})
RETURN g.symbol AS symbol, g.hgncId AS hgncId, m.baseMean AS baseMean, m.log2FoldChange AS log2FoldChange,
       m.lfcSE AS lfcSE, m.stat AS stat, m.pvalue AS pvalue, m.padj AS padj
ORDER BY m.padj IS NULL, m.padj, g.symbol
