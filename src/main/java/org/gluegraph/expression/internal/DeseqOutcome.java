package org.gluegraph.expression.internal;

import java.util.List;

/**
 * Everything a run produces: size factors, results in input gene order, and per-gene details.
 *
 * @param resultsNames   the model's coefficient names as DESeq2's resultsNames()
 * @param lfcDescription DESeq2's description of the log2FoldChange column, e.g.
 *                       "log2 fold change (MLE): condition treated vs untreated"
 * @param testDescription DESeq2's description of the p-value column, e.g. "Wald test p-value: condition treated
 *                       vs untreated" or "LRT p-value: '~ type + condition' vs '~ type'"
 */
public record DeseqOutcome(List<String> sampleIds, double[] sizeFactors, List<GeneResult> results,
        List<GeneDetails> details, String dispersionFitType, List<String> resultsNames, String lfcDescription,
        String testDescription) {
}
