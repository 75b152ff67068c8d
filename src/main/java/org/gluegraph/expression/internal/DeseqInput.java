package org.gluegraph.expression.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count matrix and its sample annotation.
 *
 * @param counts    counts[gene][sample], non-negative
 * @param variables the design's variables (factors and numeric covariates), each with a value for every sample
 *                  in {@code sampleIds} order
 */
public record DeseqInput(List<String> geneIds, List<String> sampleIds, int[][] counts,
        Map<String, DesignVariable> variables) {

    public DeseqInput {
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** Factors only, their levels in R's default order. */
    public static DeseqInput ofFactors(List<String> geneIds, List<String> sampleIds, int[][] counts,
            Map<String, List<String>> factors) {
        Map<String, DesignVariable> v = new LinkedHashMap<>();
        factors.forEach((name, values) -> v.put(name, DesignVariable.Factor.of(values)));
        return new DeseqInput(geneIds, sampleIds, counts, v);
    }
}
