package org.gluegraph.expression.internal;

import java.util.List;

/**
 * Everything a run produces: size factors, results in input gene order, per-gene details, the dispersion trend's
 * type and the variance of the dispersion prior (DESeq2's attributes fitType and dispPriorVar of
 * dispersionFunction(dds)).
 *
 * @param resultsNames   the model's coefficient names as DESeq2's resultsNames()
 * @param lfcDescription DESeq2's description of the log2FoldChange column, e.g.
 *                       "log2 fold change (MLE): condition treated vs untreated"
 * @param testDescription DESeq2's description of the p-value column, e.g. "Wald test p-value: condition treated
 *                       vs untreated" or "LRT p-value: '~ type + condition' vs '~ type'"
 */
public record DeseqOutcome(List<String> sampleIds, double[] sizeFactors, List<GeneResult> results,
        List<GeneDetails> details, String dispersionFitType, double dispPriorVar, List<String> resultsNames,
        String lfcDescription, String testDescription) {
}
