package org.gluegraph.expression.internal;
import java.util.*;
public record DeseqInput(List<String> geneIds, List<String> sampleIds, int[][] counts, Map<String, List<String>> factors) {}
