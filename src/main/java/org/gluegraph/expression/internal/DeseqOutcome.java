package org.gluegraph.expression.internal;

import java.util.List;

/** Everything a run produces: size factors, results in input gene order, and per-gene details. */
public record DeseqOutcome(List<String> sampleIds, double[] sizeFactors, List<GeneResult> results,
        List<GeneDetails> details, String dispersionFitType) {
}
