package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.shared.Order;
import org.gluegraph.shared.Parallel;

/**
 * lfcShrink(type = "normal"), the normal prior of Love et al. (2014): the prior variance of each factor's effects
 * is matched to the upper 5% of the maximum-likelihood fold changes (weighted by 1 / (1/baseMean + dispFit)),
 * averaged over the factor's levels and their pairwise differences; the GLM is then refitted on the expanded
 * model matrix (a column for every level) with that prior as a ridge penalty, and the contrast read from it.
 * Only log2FoldChange and lfcSE change; the Wald statistic and p-values stay those of the MLE, as in DESeq2.
 */
final class LfcShrink {

    private static final double LN2 = Math.log(2);
    private static final double Z_975 = 1.959963984540054;

    record Shrunk(double[] log2FoldChange, double[] lfcSE) {
    }

    private LfcShrink() {
    }

    static Shrunk normal(CountData original, ModelMatrix standard, ModelMatrix expanded, double[] c,
            FitNbinomGLMs.Fit[] mle, double[] baseMean, double[] dispFit, double[] dispersion, boolean[] allZero,
            int threads) {
        int genes = original.genes();
        double[] priorVar = betaPriorVar(standard, expanded, mle, baseMean, dispFit, allZero);
        // DESeq2's lambda = 1 / betaPriorVar, on the log2 scale
        double[] lambda = new double[priorVar.length];
        for (int k = 0; k < lambda.length; k++) {
            lambda[k] = 1 / priorVar[k];
        }
        FitNbinomGLMs glm = new FitNbinomGLMs(expanded, original.sizeFactors, lambda);
        double[] lfc = new double[genes];
        double[] se = new double[genes];
        Parallel.forEach(genes, threads, g -> {
            if (allZero[g] || mle[g] == null) {
                lfc[g] = Double.NaN;
                se[g] = Double.NaN;
                return;
            }
            FitNbinomGLMs.Fit f = glm.fit(original.counts[g], dispersion[g]);
            double est = 0;
            for (int i = 0; i < c.length; i++) {
                est += c[i] * f.beta()[i];
            }
            lfc[g] = est / LN2;
            se[g] = f.sigma() == null ? Double.NaN
                    : Math.sqrt(Math.max(SmallMatrix.quadraticForm(f.sigma(), c), 0)) / LN2;
        });
        return new Shrunk(lfc, se);
    }

    /** estimateBetaPriorVar for the expanded model: per factor, the mean of the matched variances. */
    static double[] betaPriorVar(ModelMatrix standard, ModelMatrix expanded, FitNbinomGLMs.Fit[] mle,
            double[] baseMean, double[] dispFit, boolean[] allZero) {
        List<Integer> genes = new ArrayList<>();
        for (int g = 0; g < mle.length; g++) {
            if (!allZero[g] && mle[g] != null) {
                genes.add(g);
            }
        }
        double[] weights = new double[genes.size()];
        for (int i = 0; i < weights.length; i++) {
            int g = genes.get(i);
            weights[i] = 1 / (1 / baseMean[g] + dispFit[g]);
        }
        // the variances of every non-reference column and every pairwise difference, grouped by factor
        Map<String, List<Double>> byFactor = new LinkedHashMap<>();
        Map<String, List<Integer>> columnsOf = new LinkedHashMap<>();
        for (int k = 1; k < standard.coefficients(); k++) {
            columnsOf.computeIfAbsent(standard.columnFactor().get(k), f -> new ArrayList<>()).add(k);
        }
        for (Map.Entry<String, List<Integer>> e : columnsOf.entrySet()) {
            List<Integer> cols = e.getValue();
            List<Double> vars = byFactor.computeIfAbsent(e.getKey(), f -> new ArrayList<>());
            for (int k : cols) {
                vars.add(matchedVariance(column(mle, genes, k, -1), weights));
            }
            for (int a = 1; a < cols.size(); a++) {
                for (int b = 0; b < a; b++) {
                    vars.add(matchedVariance(column(mle, genes, cols.get(a), cols.get(b)), weights));
                }
            }
        }
        double[] out = new double[expanded.coefficients()];
        for (int k = 0; k < out.length; k++) {
            String f = expanded.columnFactor().get(k);
            out[k] = f == null ? 1e6 : byFactor.get(f).stream().mapToDouble(Double::doubleValue).average()
                    .orElse(1e6);
        }
        return out;
    }

    private static double[] column(FitNbinomGLMs.Fit[] mle, List<Integer> genes, int k, int minus) {
        double[] v = new double[genes.size()];
        for (int i = 0; i < v.length; i++) {
            double[] b = mle[genes.get(i)].beta();
            v[i] = (b[k] - (minus >= 0 ? b[minus] : 0)) / LN2;
        }
        return v;
    }

    /** (weighted 95% quantile of |x| over |x| < 10, divided by the normal 97.5% quantile)^2; 1e6 if none. */
    static double matchedVariance(double[] x, double[] weights) {
        int n = 0;
        for (double v : x) {
            if (Math.abs(v) < 10) {
                n++;
            }
        }
        if (n == 0) {
            return 1e6;
        }
        double[] ax = new double[n];
        double[] w = new double[n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) < 10) {
                ax[k] = Math.abs(x[i]);
                w[k] = weights[i];
                k++;
            }
        }
        double sd = weightedQuantile(ax, w, 0.95) / Z_975;
        return sd * sd;
    }

    /**
     * Hmisc's wtd.quantile(type = "quantile", normwt = TRUE) as DESeq2 bundles it: weights rescaled to sum to n,
     * tied values pooled, then the order statistic 1 + (n - 1) p interpolated on the cumulative weights.
     */
    static double weightedQuantile(double[] x, double[] weights, double prob) {
        int n = x.length;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] order = Order.ascending(x);
        double[] ux = new double[n];
        double[] uw = new double[n];
        int u = -1;
        for (int i : order) {
            double w = weights[i] * n / total;
            if (u >= 0 && x[i] == ux[u]) {
                uw[u] += w;
            } else {
                u++;
                ux[u] = x[i];
                uw[u] = w;
            }
        }
        int len = u + 1;
        double[] cum = new double[len];
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += uw[i];
            cum[i] = s;
        }
        double sumW = s;
        double pos = 1 + (sumW - 1) * prob;
        double low = Math.max(Math.floor(pos), 1);
        double high = Math.min(low + 1, sumW);
        double frac = pos % 1;
        double ql = stepAt(cum, ux, len, low);
        double qh = stepAt(cum, ux, len, high);
        return (1 - frac) * ql + frac * qh;
    }

    /** approx(cum, x, xout, method = "constant", f = 1, rule = 2). */
    private static double stepAt(double[] cum, double[] x, int len, double v) {
        if (v <= cum[0]) {
            return x[0];
        }
        if (v >= cum[len - 1]) {
            return x[len - 1];
        }
        int i = Arrays.binarySearch(cum, 0, len, v);
        if (i >= 0) {
            return x[i];
        }
        int hi = -i - 1;
        return x[hi];
    }
}
