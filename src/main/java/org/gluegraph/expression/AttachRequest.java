package org.gluegraph.expression;

import java.util.List;

/**
 * A differential-expression result to store on the gene nodes: what was compared and how (the analysis, the
 * design variables as fitted, DESeq2's resultsNames and column descriptions), the samples' PCA, and one row per
 * input gene id (null values are NA).
 *
 * @param factor        the factor of the reported contrast, or null when a coefficient is reported
 * @param analysis      the options of the run (test, reduced design, coefficient, lfcThreshold, ...)
 * @param variables     the design's variables in order: factor (with its reference level) or numeric covariate
 * @param lfcDescription  DESeq2's description of the log2FoldChange column
 * @param testDescription DESeq2's description of the pvalue column
 * @param pca           plotPCA's coordinates of the samples (VST, blind), or null when not computed
 */
public record AttachRequest(String name, String design, String factor, String numerator, String denominator,
                            String method, String engineVersion, String countsSha256, List<Row> rows,
                            DeAnalysis analysis, List<Variable> variables, List<String> resultsNames,
                            String lfcDescription, String testDescription, SamplePca pca) {

    public record Row(String geneId, double baseMean, Double log2FoldChange, Double lfcSE, Double stat, Double pvalue,
                      Double padj) {
    }

    /** A design variable as it was fitted: a factor (reference level) or a numeric covariate (reference null). */
    public record Variable(String name, boolean numeric, String reference) {
    }
}
