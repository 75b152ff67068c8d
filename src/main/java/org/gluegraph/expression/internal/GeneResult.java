package org.gluegraph.expression.internal;

/** One row of results(): NaN stands for R's NA. */
public record GeneResult(String geneId, double baseMean, double log2FoldChange, double lfcSE, double stat,
        double pvalue, double padj) {
}
