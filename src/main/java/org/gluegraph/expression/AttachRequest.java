package org.gluegraph.expression;

import java.util.List;

/**
 * A differential-expression result to store on the gene nodes: what was compared and one row per input gene id
 * (null values are NA).
 */
public record AttachRequest(String name, String design, String factor, String numerator, String denominator,
                            String method, String engineVersion, String countsSha256, List<Row> rows) {

    public record Row(String geneId, double baseMean, Double log2FoldChange, Double lfcSE, Double stat, Double pvalue,
                      Double padj) {
    }
}
