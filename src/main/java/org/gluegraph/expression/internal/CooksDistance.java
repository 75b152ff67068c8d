package org.gluegraph.expression.internal;


/**
 * Cook's distance of every count from its gene's fit, with the variance taken from a robust method-of-moments
 * dispersion (trimmed means and variances within cells of at least three samples, at least 0.04), so that the
 * outlier being measured does not inflate the yardstick.
 */
final class CooksDistance {

    private CooksDistance() {
    }

    static double[] forGene(int[] y, double[] normalized, double[] mu, double[] hat, ModelMatrix design) {
        int m = y.length;
        int p = design.coefficients();
        double alpha = robustMethodOfMomentsDisp(normalized, design);
        double[] cooks = new double[m];
        for (int j = 0; j < m; j++) {
            double v = mu[j] + alpha * mu[j] * mu[j];
            double pearsonSq = (y[j] - mu[j]) * (y[j] - mu[j]) / v;
            cooks[j] = pearsonSq / p * hat[j] / ((1 - hat[j]) * (1 - hat[j]));
        }
        return cooks;
    }

    static double robustMethodOfMomentsDisp(double[] cnts, ModelMatrix design) {
        int m = cnts.length;
        double v;
        boolean any = false;
        for (int size : design.cellSizes()) {
            any |= size >= 3;
        }
        if (any) {
            v = Double.NEGATIVE_INFINITY;
            int[] cellOf = design.cellOfSample();
            for (int c = 0; c < design.cells(); c++) {
                if (design.cellSizes()[c] < 3) {
                    continue;
                }
                int n = design.cellSizes()[c];
                double[] values = new double[n];
                int k = 0;
                for (int j = 0; j < m; j++) {
                    if (cellOf[j] == c) {
                        values[k++] = cnts[j];
                    }
                }
                double trim = n <= 3.5 ? 1.0 / 3 : n <= 23.5 ? 1.0 / 4 : 1.0 / 8;
                double scale = n <= 3.5 ? 2.04 : n <= 23.5 ? 1.86 : 1.51;
                double cellMean = trimmedMean(values, trim);
                double[] sq = new double[n];
                for (int i = 0; i < n; i++) {
                    sq[i] = (values[i] - cellMean) * (values[i] - cellMean);
                }
                v = Math.max(v, scale * trimmedMean(sq, trim));
            }
        } else {
            double rm = trimmedMean(cnts, 1.0 / 8);
            double[] sq = new double[m];
            for (int j = 0; j < m; j++) {
                sq[j] = (cnts[j] - rm) * (cnts[j] - rm);
            }
            v = 1.51 * trimmedMean(sq, 1.0 / 8);
        }
        double mean = 0;
        for (double c : cnts) {
            mean += c;
        }
        mean /= m;
        return Math.max((v - mean) / (mean * mean), 0.04);
    }

    /** R's mean(x, trim = t): drop floor(n t) values from each end. */
    static double trimmedMean(double[] values, double trim) {
        int n = values.length;
        double[] s = values.clone();
        if (trim >= 0.5) {
            return EstimateSizeFactors.median(s, n);
        }
        int lo = (int) Math.floor(n * trim);
        int hi = n - lo;
        if (n > 32) {
            // large cells: the values between the cut points by one selection of both, instead of a sort
            EstimateSizeFactors.select(s, lo, hi - 1);
        } else {
            java.util.Arrays.sort(s);
        }
        double sum = 0;
        for (int i = lo; i < hi; i++) {
            sum += s[i];
        }
        return sum / (hi - lo);
    }

    /** The largest distance among samples in cells of three or more (NaN if there are none). */
    static double maxCooks(double[] cooks, ModelMatrix design) {
        int[] cellOf = design.cellOfSample();
        int[] sizes = design.cellSizes();
        double max = Double.NaN;
        if (design.samples() <= design.coefficients()) {
            return max;
        }
        for (int j = 0; j < cooks.length; j++) {
            if (sizes[cellOf[j]] >= 3 && (Double.isNaN(max) || cooks[j] > max)) {
                max = cooks[j];
            }
        }
        return max;
    }
}
