package org.gluegraph.contrast;

import java.util.Map;

import org.gluegraph.gene.Gene;

/** One gene's row of a stored contrast; null fields are DESeq2's NA. */
public record ExpressionResult(Gene gene, String contrastId, double baseMean, Double log2FoldChange, Double lfcSE,
                               Double stat, Double pvalue, Double padj) {

    public static ExpressionResult from(Gene gene, String contrastId, Map<String, Object> m) {
        return new ExpressionResult(gene, contrastId, ((Number) m.get("baseMean")).doubleValue(),
                num(m.get("log2FoldChange")), num(m.get("lfcSE")), num(m.get("stat")), num(m.get("pvalue")),
                num(m.get("padj")));
    }

    private static Double num(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    /** The direction the data move the gene at padj < alpha: +1, -1, or 0 when not significant. */
    public int significantDirection(double alpha) {
        if (padj == null || log2FoldChange == null || padj >= alpha) {
            return 0;
        }
        return log2FoldChange > 0 ? 1 : -1;
    }
}
