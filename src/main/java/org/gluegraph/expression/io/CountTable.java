package org.gluegraph.expression.io;

import java.util.List;

/** A gene x sample matrix of read counts as read from a file; counts[gene][sample]. */
public record CountTable(String fileName, List<String> geneIds, List<String> sampleIds, int[][] counts) {
}
