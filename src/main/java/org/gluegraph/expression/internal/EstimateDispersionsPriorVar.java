package org.gluegraph.expression.internal;

import java.util.SplittableRandom;

import org.apache.commons.numbers.gamma.Trigamma;

/**
 * Width of the log-normal prior on dispersions: the observed spread of log dispersion residuals minus the part
 * expected from sampling (trigamma((m - p) / 2)), at least 0.25. With three or fewer residual degrees of freedom
 * that difference is unreliable, so DESeq2 instead matches the residual histogram to simulated
 * log(chi-square / df) + normal(0, v) distributions and takes the v of least Kullback-Leibler divergence.
 * This class follows that procedure with its own random stream (seed 2) and a local quadratic smoother in place
 * of R's loess, so in that regime it agrees with DESeq2 only approximately.
 */
final class EstimateDispersionsPriorVar {

    private EstimateDispersionsPriorVar() {
    }

    static double estimate(double[] residualsAboveMin, double varLogDispEsts, int m, int p) {
        int df = m - p;
        if (df > 3) {
            return Math.max(varLogDispEsts - Trigamma.value(df / 2.0), 0.25);
        }
        if (df <= 0) {
            return varLogDispEsts;
        }
        double[] breaks = new double[41];
        for (int i = 0; i < 41; i++) {
            breaks[i] = (i - 20) / 2.0;
        }
        double[] obs = histogramDensity(residualsAboveMin, breaks);
        SplittableRandom random = new SplittableRandom(2);
        int gridSize = 200;
        double[] grid = new double[gridSize];
        double[] kl = new double[gridSize];
        org.apache.commons.math3.distribution.ChiSquaredDistribution chi =
                new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, df);
        org.apache.commons.math3.distribution.NormalDistribution normal =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        for (int gi = 0; gi < gridSize; gi++) {
            double v = 8.0 * gi / (gridSize - 1);
            grid[gi] = v;
            double[] sim = new double[10_000];
            for (int i = 0; i < sim.length; i++) {
                double c = chi.inverseCumulativeProbability(random.nextDouble());
                double z = normal.inverseCumulativeProbability(Math.min(1 - 1e-16, Math.max(1e-16,
                        random.nextDouble())));
                sim[i] = Math.log(c) + z * Math.sqrt(v) - Math.log(df);
            }
            double[] dens = histogramDensity(sim, breaks);
            double small = Double.POSITIVE_INFINITY;
            for (double d : obs) {
                if (d > 0) {
                    small = Math.min(small, d);
                }
            }
            for (double d : dens) {
                if (d > 0) {
                    small = Math.min(small, d);
                }
            }
            double s = 0;
            for (int b = 0; b < obs.length; b++) {
                s += obs[b] * (Math.log(obs[b] + small) - Math.log(dens[b] + small));
            }
            kl[gi] = s;
        }
        // smooth over a fine grid (span 0.2), take the minimiser
        double best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int fi = 0; fi < 1000; fi++) {
            double v = 8.0 * fi / 999;
            double value = localQuadratic(grid, kl, v, 0.2);
            if (value < bestValue) {
                bestValue = value;
                best = v;
            }
        }
        return Math.max(best, 0.25);
    }

    private static double[] histogramDensity(double[] values, double[] breaks) {
        int bins = breaks.length - 1;
        double[] counts = new double[bins];
        int n = 0;
        for (double v : values) {
            if (!(v > breaks[0] && v < breaks[bins])) {
                continue;
            }
            int b = (int) Math.ceil((v - breaks[0]) / 0.5) - 1;
            counts[Math.max(0, Math.min(bins - 1, b))]++;
            n++;
        }
        for (int b = 0; b < bins; b++) {
            counts[b] = n == 0 ? 0 : counts[b] / (n * 0.5);
        }
        return counts;
    }

    private static double localQuadratic(double[] x, double[] y, double x0, double span) {
        int n = x.length;
        int k = Math.max(3, (int) Math.floor(span * n));
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.abs(x[i] - x0);
        }
        double[] s = d.clone();
        java.util.Arrays.sort(s);
        double h = s[k - 1] * (1 + 1e-10) + 1e-12;
        double[][] a = new double[3][3];
        double[] b = new double[3];
        for (int i = 0; i < n; i++) {
            double u = d[i] / h;
            if (u >= 1) {
                continue;
            }
            double w = Math.pow(1 - u * u * u, 3);
            double dx = x[i] - x0;
            double[] basis = {1, dx, dx * dx};
            for (int r = 0; r < 3; r++) {
                b[r] += w * basis[r] * y[i];
                for (int c = 0; c < 3; c++) {
                    a[r][c] += w * basis[r] * basis[c];
                }
            }
        }
        double[][] l = SmallMatrix.cholesky(a);
        return l == null ? Double.POSITIVE_INFINITY : SmallMatrix.solve(l, b)[0];
    }
}
