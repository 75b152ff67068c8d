package org.gluegraph.expression.internal;

import java.util.Arrays;

/**
 * Median-of-ratios size factors (Anders and Huber 2010): for each sample, the median over genes with no zero
 * count of the ratio of its count to the gene's geometric mean across samples.
 */
final class EstimateSizeFactors {

    private EstimateSizeFactors() {
    }

    static double[] estimate(int[][] counts, int samples) {
        int genes = counts.length;
        double[] logGeoMean = new double[genes];
        int usable = 0;
        for (int g = 0; g < genes; g++) {
            double s = 0;
            boolean zero = false;
            for (int c : counts[g]) {
                if (c == 0) {
                    zero = true;
                    break;
                }
                s += Math.log(c);
            }
            logGeoMean[g] = zero ? Double.NEGATIVE_INFINITY : s / samples;
            if (!zero) {
                usable++;
            }
        }
        if (usable == 0) {
            throw new DeseqInputException("every gene contains at least one zero count, so median-of-ratios size"
                    + " factors cannot be computed");
        }
        double[] sf = new double[samples];
        double[] ratios = new double[usable];
        for (int j = 0; j < samples; j++) {
            int n = 0;
            for (int g = 0; g < genes; g++) {
                if (logGeoMean[g] != Double.NEGATIVE_INFINITY) {
                    ratios[n++] = Math.log(counts[g][j]) - logGeoMean[g];
                }
            }
            sf[j] = Math.exp(median(ratios, n));
        }
        return sf;
    }

    /** R's median: the middle value, or the mean of the two middle values. */
    static double median(double[] values, int n) {
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
