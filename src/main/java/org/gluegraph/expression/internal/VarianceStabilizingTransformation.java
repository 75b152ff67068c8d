package org.gluegraph.expression.internal;

import java.util.List;

/**
 * varianceStabilizingTransformation(dds, blind = TRUE) with DESeq2's default fitType: size factors, gene-wise
 * dispersions for the design ~ 1, the dispersion trend (parametric, or DESeq2's local fallback when the parametric
 * fit fails), then the transformation of the normalised counts that the trend implies. Parametric trend
 * a + b/mu: the closed form log2((1 + b + 2 a q + 2 sqrt(a q (1 + b + a q))) / (4 a)). Local trend: the integral
 * of 1/sqrt(trend(mu) mu^2 + mean(1/s) mu) on a grid of 999 points equally spaced in asinh, interpolated by R's
 * fmm spline in asinh(q), scaled so that it matches log2 at the 95% and 99.9% quantiles of the genes' means.
 */
public final class VarianceStabilizingTransformation {

    /**
     * @param values      vst values [gene][sample] (log2 scale)
     * @param fitType     "parametric" or "local"
     * @param asymptDisp  the parametric trend's asymptotic dispersion a (NaN for the local trend)
     * @param extraPois   the parametric trend's extra-Poisson coefficient b (NaN for the local trend)
     */
    public record Result(List<String> geneIds, List<String> sampleIds, double[] sizeFactors, double[][] values,
            String fitType, double asymptDisp, double extraPois) {
    }

    private VarianceStabilizingTransformation() {
    }

    public static Result blind(List<String> geneIds, List<String> sampleIds, int[][] counts, int threads) {
        int m = sampleIds.size();
        if (counts.length != geneIds.size()) {
            throw new DeseqInputException("count matrix has " + counts.length + " rows for " + geneIds.size()
                    + " gene ids");
        }
        if (m < 2) {
            throw new DeseqInputException("the variance stabilizing transformation needs at least two samples");
        }
        double[] sizeFactors = EstimateSizeFactors.estimate(counts, m, threads);
        CountData data = new CountData(counts, sizeFactors);
        ModelMatrix intercept = ModelMatrix.build(ModelFormula.interceptOnly(), java.util.Map.of(), m);
        EstimateDispersionsGeneEst.Estimates geneEst = EstimateDispersionsGeneEst.estimate(data, intercept, threads);
        EstimateDispersionsFit.Trend trend = EstimateDispersionsFit.fit(data, geneEst.dispGeneEst());
        int genes = counts.length;
        double[][] out = new double[genes][m];
        if (trend.type().equals("parametric")) {
            double a = trend.asymptoticDispersion();
            double b = trend.extraPoisson();
            for (int g = 0; g < genes; g++) {
                for (int j = 0; j < m; j++) {
                    double q = data.normalized(g, j);
                    out[g][j] = Math.log((1 + b + 2 * a * q + 2 * Math.sqrt(a * q * (1 + b + a * q))) / (4 * a))
                            / Math.log(2);
                }
            }
            return new Result(geneIds, sampleIds, sizeFactors, out, trend.type(), a, b);
        }
        local(data, trend::at, out);
        return new Result(geneIds, sampleIds, sizeFactors, out, trend.type(), Double.NaN, Double.NaN);
    }

    /** getVarianceStabilizedData for a local trend, given the dispersion as a function of the mean. */
    static void local(CountData data, java.util.function.DoubleUnaryOperator dispersion, double[][] out) {
        int genes = data.genes();
        int m = data.samples();
        double max = 0;
        double[] rowMeans = new double[genes];
        for (int g = 0; g < genes; g++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                double q = data.normalized(g, j);
                max = Math.max(max, q);
                s += q;
            }
            rowMeans[g] = s / m;
        }
        // xg <- sinh(seq(asinh(0), asinh(max), length.out = 1000))[-1]
        int n = 999;
        double[] xg = new double[n];
        double top = asinh(max);
        double by = top / 999;
        for (int i = 1; i <= n; i++) {
            xg[i - 1] = Math.sinh(i == 999 ? top : i * by);
        }
        double xim = 0;
        for (double s : data.sizeFactors) {
            xim += 1 / s;
        }
        xim /= m;
        double[] integrand = new double[n];
        for (int i = 0; i < n; i++) {
            integrand[i] = 1 / Math.sqrt(dispersion.applyAsDouble(xg[i]) * xg[i] * xg[i] + xim * xg[i]);
        }
        double[] knots = new double[n - 1];
        double[] cum = new double[n - 1];
        double sum = 0;
        for (int i = 0; i < n - 1; i++) {
            knots[i] = asinh((xg[i + 1] + xg[i]) / 2);
            sum += (xg[i + 1] - xg[i]) * (integrand[i + 1] + integrand[i]) / 2;
            cum[i] = sum;
        }
        SplineFmm splf = new SplineFmm(knots, cum);
        double[] sorted = rowMeans.clone();
        java.util.Arrays.sort(sorted);
        double h1 = Results.quantile(sorted, 0.95);
        double h2 = Results.quantile(sorted, 0.999);
        double log2h1 = Math.log(h1) / Math.log(2);
        double log2h2 = Math.log(h2) / Math.log(2);
        double eta = (log2h2 - log2h1) / (splf.value(asinh(h2)) - splf.value(asinh(h1)));
        double xi = log2h1 - eta * splf.value(asinh(h1));
        for (int g = 0; g < genes; g++) {
            for (int j = 0; j < m; j++) {
                out[g][j] = eta * splf.value(asinh(data.normalized(g, j))) + xi;
            }
        }
    }

    static double asinh(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }
}
