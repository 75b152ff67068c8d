package org.gluegraph.expression.internal;

/**
 * Counts with their size factors and the per-gene summaries every step needs (getBaseMeansAndVariances):
 * mean and variance of normalised counts and whether a gene has no reads at all.
 */
final class CountData {

    final int[][] counts;
    final double[] sizeFactors;
    final double[] baseMean;
    final double[] baseVar;
    final boolean[] allZero;

    CountData(int[][] counts, double[] sizeFactors) {
        this.counts = counts;
        this.sizeFactors = sizeFactors;
        int genes = counts.length;
        int m = sizeFactors.length;
        baseMean = new double[genes];
        baseVar = new double[genes];
        allZero = new boolean[genes];
        for (int g = 0; g < genes; g++) {
            double sum = 0;
            long total = 0;
            for (int j = 0; j < m; j++) {
                sum += counts[g][j] / sizeFactors[j];
                total += counts[g][j];
            }
            double mean = sum / m;
            double ss = 0;
            for (int j = 0; j < m; j++) {
                double d = counts[g][j] / sizeFactors[j] - mean;
                ss += d * d;
            }
            baseMean[g] = mean;
            baseVar[g] = ss / (m - 1);
            allZero[g] = total == 0;
        }
    }

    int genes() {
        return counts.length;
    }

    int samples() {
        return sizeFactors.length;
    }

    double normalized(int gene, int sample) {
        return counts[gene][sample] / sizeFactors[sample];
    }
}
