package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dispersion trend over mean expression. Parametric first, alpha(mu) = a + b / mu, fitted as DESeq2 does:
 * a Gamma-family GLM with identity link, iterated while dropping genes whose estimate lies far from the curve.
 * When that fails (a coefficient not positive, or no convergence in 10 rounds) DESeq2 falls back to a local
 * regression; here that is a local quadratic fit of log dispersion on log mean (tricube kernel, 70% nearest
 * neighbours, weighted by the mean), locfit's defaults, evaluated exactly on a grid and interpolated.
 */
final class EstimateDispersionsFit {

    /** The fitted trend and the spread of log dispersions around it (varLogDispEsts). */
    record Trend(String type, double asymptoticDispersion, double extraPoisson, double[] gridLogMean,
            double[] gridLogDisp, double mean, double varLogDispEsts) {

        double at(double baseMean) {
            return switch (type) {
                case "parametric" -> asymptoticDispersion + extraPoisson / baseMean;
                case "mean" -> mean;
                default -> Math.exp(interpolate(Math.log(baseMean)));
            };
        }

        private double interpolate(double lm) {
            int n = gridLogMean.length;
            if (lm <= gridLogMean[0]) {
                return gridLogDisp[0];
            }
            if (lm >= gridLogMean[n - 1]) {
                return gridLogDisp[n - 1];
            }
            int i = Arrays.binarySearch(gridLogMean, lm);
            if (i >= 0) {
                return gridLogDisp[i];
            }
            int hi = -i - 1;
            int lo = hi - 1;
            double t = (lm - gridLogMean[lo]) / (gridLogMean[hi] - gridLogMean[lo]);
            return gridLogDisp[lo] + t * (gridLogDisp[hi] - gridLogDisp[lo]);
        }
    }

    private EstimateDispersionsFit() {
    }

    static Trend fit(CountData data, double[] dispGeneEst) {
        double minDisp = EstimateDispersionsGeneEst.MIN_DISP;
        List<double[]> use = new ArrayList<>();
        for (int g = 0; g < data.genes(); g++) {
            if (!data.allZero[g] && dispGeneEst[g] > 100 * minDisp) {
                use.add(new double[] {data.baseMean[g], dispGeneEst[g]});
            }
        }
        if (use.isEmpty()) {
            throw new DeseqInputException("all gene-wise dispersion estimates are within 2 orders of magnitude of"
                    + " the minimum (1e-8): the counts look like technical replicates or simulated Poisson data,"
                    + " and a dispersion trend cannot be fitted");
        }
        double[] means = use.stream().mapToDouble(a -> a[0]).toArray();
        double[] disps = use.stream().mapToDouble(a -> a[1]).toArray();
        Trend trend = parametric(means, disps);
        if (trend == null) {
            trend = local(means, disps);
        }
        return withVariance(trend, data, dispGeneEst);
    }

    /** mad(log dispGeneEst - log dispFit)^2 over genes with estimates above 100 * minDisp. */
    private static Trend withVariance(Trend t, CountData data, double[] dispGeneEst) {
        List<Double> residuals = new ArrayList<>();
        for (int g = 0; g < data.genes(); g++) {
            if (!data.allZero[g] && dispGeneEst[g] >= 100 * EstimateDispersionsGeneEst.MIN_DISP) {
                residuals.add(Math.log(dispGeneEst[g]) - Math.log(t.at(data.baseMean[g])));
            }
        }
        double[] r = residuals.stream().mapToDouble(Double::doubleValue).toArray();
        double mad = mad(r);
        return new Trend(t.type(), t.asymptoticDispersion(), t.extraPoisson(), t.gridLogMean(), t.gridLogDisp(),
                t.mean(), mad * mad);
    }

    static double mad(double[] values) {
        double med = EstimateSizeFactors.median(values, values.length);
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            dev[i] = Math.abs(values[i] - med);
        }
        return 1.4826 * EstimateSizeFactors.median(dev, dev.length);
    }

    /** parametricDispersionFit; null when DESeq2 would give up on it. */
    static Trend parametric(double[] means, double[] disps) {
        double[] coefs = {0.1, 1};
        int iter = 0;
        while (true) {
            List<Integer> good = new ArrayList<>();
            for (int i = 0; i < means.length; i++) {
                double res = disps[i] / (coefs[0] + coefs[1] / means[i]);
                if (res > 1e-4 && res < 15) {
                    good.add(i);
                }
            }
            GammaFit fit = gammaIdentityGlm(good.stream().mapToDouble(i -> disps[i]).toArray(),
                    good.stream().mapToDouble(i -> 1 / means[i]).toArray(), coefs);
            if (fit == null) {
                return null;
            }
            double[] old = coefs;
            coefs = fit.coefficients();
            if (!(coefs[0] > 0 && coefs[1] > 0)) {
                return null;
            }
            double change = Math.pow(Math.log(coefs[0] / old[0]), 2) + Math.pow(Math.log(coefs[1] / old[1]), 2);
            if (change < 1e-6 && fit.converged()) {
                return new Trend("parametric", coefs[0], coefs[1], null, null, Double.NaN, Double.NaN);
            }
            iter++;
            if (iter > 10) {
                return null;
            }
        }
    }

    private record GammaFit(double[] coefficients, boolean converged) {
    }

    /**
     * glm(y ~ x, family = Gamma(link = "identity"), start = start) by R's glm.fit: IRLS with weights 1/mu^2,
     * deviance convergence at 1e-8, 25 iterations, step halving while fitted means are not positive.
     */
    private static GammaFit gammaIdentityGlm(double[] y, double[] x, double[] start) {
        int n = y.length;
        if (n < 2) {
            return null;
        }
        double[] coef = start.clone();
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = coef[0] + coef[1] * x[i];
        }
        double devOld = gammaDeviance(y, mu);
        for (int iter = 0; iter < 25; iter++) {
            // weighted least squares of y on (1, x) with weights 1/mu^2
            double s0 = 0;
            double s1 = 0;
            double s11 = 0;
            double t0 = 0;
            double t1 = 0;
            for (int i = 0; i < n; i++) {
                double w = 1 / (mu[i] * mu[i]);
                s0 += w;
                s1 += w * x[i];
                s11 += w * x[i] * x[i];
                t0 += w * y[i];
                t1 += w * x[i] * y[i];
            }
            double det = s0 * s11 - s1 * s1;
            if (!(det != 0) || !Double.isFinite(det)) {
                return null;
            }
            double[] next = {(s11 * t0 - s1 * t1) / det, (s0 * t1 - s1 * t0) / det};
            double dev = Double.NaN;
            for (int half = 0; half < 60; half++) {
                boolean valid = true;
                for (int i = 0; i < n; i++) {
                    mu[i] = next[0] + next[1] * x[i];
                    if (!(mu[i] > 0) || !Double.isFinite(mu[i])) {
                        valid = false;
                    }
                }
                if (valid) {
                    dev = gammaDeviance(y, mu);
                    if (Double.isFinite(dev)) {
                        break;
                    }
                }
                next = new double[] {(next[0] + coef[0]) / 2, (next[1] + coef[1]) / 2};
            }
            if (!Double.isFinite(dev)) {
                return null;
            }
            coef = next;
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8) {
                return new GammaFit(coef, true);
            }
            devOld = dev;
        }
        return new GammaFit(coef, false);
    }

    private static double gammaDeviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += -2 * (Math.log(y[i] == 0 ? 1 : y[i] / mu[i]) - (y[i] - mu[i]) / mu[i]);
        }
        return d;
    }

    /** Local quadratic regression of log dispersion on log mean (weights: means), on a 200-point grid. */
    static Trend local(double[] means, double[] disps) {
        double minDisp = EstimateDispersionsGeneEst.MIN_DISP;
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            if (disps[i] >= minDisp * 10) {
                pts.add(new double[] {Math.log(means[i]), Math.log(disps[i]), means[i]});
            }
        }
        pts.sort((a, b) -> Double.compare(a[0], b[0]));
        int n = pts.size();
        double lo = pts.get(0)[0];
        double hi = pts.get(n - 1)[0];
        int gridSize = 200;
        double[] gx = new double[gridSize];
        double[] gy = new double[gridSize];
        int k = Math.max(3, (int) Math.ceil(0.7 * n));
        double[] dist = new double[n];
        for (int gi = 0; gi < gridSize; gi++) {
            double x0 = hi == lo ? lo : lo + (hi - lo) * gi / (gridSize - 1);
            gx[gi] = x0;
            for (int i = 0; i < n; i++) {
                dist[i] = Math.abs(pts.get(i)[0] - x0);
            }
            double[] sorted = dist.clone();
            Arrays.sort(sorted);
            double h = sorted[Math.min(k, n) - 1] * (1 + 1e-10) + 1e-300;
            double[][] a = new double[3][3];
            double[] b = new double[3];
            for (int i = 0; i < n; i++) {
                double u = dist[i] / h;
                if (u >= 1) {
                    continue;
                }
                double kern = Math.pow(1 - u * u * u, 3) * pts.get(i)[2];
                double d = pts.get(i)[0] - x0;
                double[] basis = {1, d, d * d};
                for (int r = 0; r < 3; r++) {
                    b[r] += kern * basis[r] * pts.get(i)[1];
                    for (int c = 0; c < 3; c++) {
                        a[r][c] += kern * basis[r] * basis[c];
                    }
                }
            }
            double[][] l = SmallMatrix.cholesky(a);
            gy[gi] = l == null ? weightedMean(pts, x0, h) : SmallMatrix.solve(l, b)[0];
        }
        return new Trend("local", Double.NaN, Double.NaN, gx, gy, Double.NaN, Double.NaN);
    }

    private static double weightedMean(List<double[]> pts, double x0, double h) {
        double s = 0;
        double w = 0;
        for (double[] p : pts) {
            double u = Math.abs(p[0] - x0) / h;
            if (u < 1) {
                double k = Math.pow(1 - u * u * u, 3) * p[2];
                s += k * p[1];
                w += k;
            }
        }
        return w > 0 ? s / w : 0;
    }
}
