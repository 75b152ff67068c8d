package org.gluegraph.expression.io;

import java.util.List;
import java.util.Map;

/**
 * Sample annotation: one row per sample, one column per factor.
 *
 * @param factors factor name -> level of each sample, in {@code sampleIds} order (column order kept)
 */
public record SampleSheet(String fileName, List<String> sampleIds, Map<String, List<String>> factors) {
}
