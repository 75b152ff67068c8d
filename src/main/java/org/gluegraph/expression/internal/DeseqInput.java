package org.gluegraph.expression.internal;

import java.util.List;
import java.util.Map;

/**
 * A count matrix and its sample annotation.
 *
 * @param counts  counts[gene][sample], non-negative
 * @param factors for each design factor, the level of every sample in {@code sampleIds} order
 */
public record DeseqInput(List<String> geneIds, List<String> sampleIds, int[][] counts,
        Map<String, List<String>> factors) {
}
