package org.gluegraph.expression.internal;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * replaceOutliers: in samples whose cell has at least minReplicates members, a count with Cook's distance above
 * the 99% quantile of F(p, m - p) is replaced by the gene's 20%-trimmed mean of normalised counts times the
 * sample's size factor (truncated to an integer, as DESeq2 does).
 */
final class ReplaceOutliers {

    record Replacement(int[][] counts, boolean[] replace, boolean[] replaceable) {
    }

    private ReplaceOutliers() {
    }

    static double cutoff(ModelMatrix design) {
        return new FDistribution(null, design.coefficients(), design.samples() - design.coefficients(), 1e-14)
                .inverseCumulativeProbability(0.99);
    }

    static Replacement replace(CountData data, ModelMatrix design, double[][] cooks, int minReplicates) {
        double cutoff = cutoff(design);
        boolean[] replaceable = design.inCellOfAtLeast(minReplicates);
        int genes = data.genes();
        int m = data.samples();
        int[][] counts = new int[genes][];
        boolean[] replace = new boolean[genes];
        for (int g = 0; g < genes; g++) {
            counts[g] = data.counts[g];
            if (cooks[g] == null) {
                continue;
            }
            boolean copied = false;
            double trimmed = Double.NaN;
            for (int j = 0; j < m; j++) {
                if (!(cooks[g][j] > cutoff)) {
                    continue;
                }
                replace[g] = true;
                if (!replaceable[j]) {
                    continue;
                }
                if (!copied) {
                    counts[g] = data.counts[g].clone();
                    copied = true;
                    double[] norm = new double[m];
                    for (int k = 0; k < m; k++) {
                        norm[k] = data.normalized(g, k);
                    }
                    trimmed = CooksDistance.trimmedMean(norm, 0.2);
                }
                counts[g][j] = (int) (trimmed * data.sizeFactors[j]);
            }
        }
        return new Replacement(counts, replace, replaceable);
    }
}
