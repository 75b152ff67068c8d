package org.gluegraph.expression.internal;

import java.util.Arrays;

import org.gluegraph.shared.Parallel;

/**
 * Median-of-ratios size factors (Anders and Huber 2010): for each sample, the median over genes with no zero
 * count of the ratio of its count to the gene's geometric mean across samples.
 */
final class EstimateSizeFactors {

    private EstimateSizeFactors() {
    }

    /** log(c) for the small counts that make up most of a matrix: one table look-up instead of a logarithm. */
    private static final double[] LOG = new double[1 << 12];

    static {
        for (int c = 1; c < LOG.length; c++) {
            LOG[c] = Math.log(c);
        }
    }

    private static double log(int c) {
        return c < LOG.length ? LOG[c] : Math.log(c);
    }

    static double[] estimate(int[][] counts, int samples) {
        return estimate(counts, samples, 1);
    }

    static double[] estimate(int[][] counts, int samples, int threads) {
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
                s += log(c);
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
        int usableGenes = usable;
        // one sample per task: each needs its own ratio buffer for the selection
        Parallel.forEach(samples, threads, 1, j -> {
            double[] ratios = new double[usableGenes];
            int n = 0;
            for (int g = 0; g < genes; g++) {
                if (logGeoMean[g] != Double.NEGATIVE_INFINITY) {
                    ratios[n++] = log(counts[g][j]) - logGeoMean[g];
                }
            }
            sf[j] = Math.exp(median(ratios, n));
        });
        return sf;
    }

    /** R's median: the middle value, or the mean of the two middle values (by selection, not a full sort). */
    static double median(double[] values, int n) {
        double[] v = Arrays.copyOf(values, n);
        int k = n / 2;
        double upper = select(v, k);
        if (n % 2 == 1) {
            return upper;
        }
        // after selection everything left of k is <= v[k]: the other middle value is their maximum
        double lower = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            lower = Math.max(lower, v[i]);
        }
        return (lower + upper) / 2;
    }

    /** Hoare's quickselect: puts the k-th smallest value at v[k], smaller ones before it, larger after. */
    static double select(double[] v, int k) {
        select(v, k, k, 0, v.length - 1);
        return v[k];
    }

    /**
     * Puts the k1-th and k2-th smallest values (k1 < k2) at v[k1] and v[k2], with the k1 smallest before k1 and the
     * largest after k2, so v[k1..k2] holds exactly the values a sort would put there: one pass of partitioning
     * serves both ranks until they fall on different sides.
     */
    static void select(double[] v, int k1, int k2) {
        select(v, k1, k2, 0, v.length - 1);
    }

    /** Quickselect of ranks k1 <= k2 within v[lo..hi] (k1 = k2 for one rank). */
    private static void select(double[] v, int k1, int k2, int lo, int hi) {
        while (hi > lo) {
            double pivot = median3(v[lo], v[(lo + hi) >>> 1], v[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k2 <= j) {
                hi = j;
            } else if (k1 >= i) {
                lo = i;
            } else {
                // the ranks are split (a rank among the values equal to the pivot is already in place)
                if (k1 <= j) {
                    select(v, k1, k1, lo, j);
                }
                if (k2 >= i) {
                    select(v, k2, k2, i, hi);
                }
                return;
            }
        }
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
