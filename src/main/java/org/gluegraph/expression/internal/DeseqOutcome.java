package org.gluegraph.expression.internal;

import java.util.List;

/**
 * Everything a run produces: size factors, results in input gene order, per-gene details, the dispersion trend's
 * type and the variance of the dispersion prior (DESeq2's attributes fitType and dispPriorVar of
 * dispersionFunction(dds)).
 */
public record DeseqOutcome(List<String> sampleIds, double[] sizeFactors, List<GeneResult> results,
        List<GeneDetails> details, String dispersionFitType, double dispPriorVar) {
}
