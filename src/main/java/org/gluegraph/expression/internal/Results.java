package org.gluegraph.expression.internal;

import org.gluegraph.shared.Order;

import org.gluegraph.shared.BenjaminiHochberg;

import java.util.Arrays;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * results(): the contrast's log2 fold change, standard error, Wald statistic and two-sided normal p-value, then
 * DESeq2's NA rules (Cook's outliers lose the p-value; genes zero in both compared groups get fold change 0 and
 * p-value 1), then Benjamini-Hochberg after independent filtering on the mean of normalised counts.
 */
final class Results {

    private static final double LN2 = Math.log(2);

    /** Per-gene columns; NaN is NA. */
    record Table(double[] baseMean, double[] log2FoldChange, double[] lfcSE, double[] stat, double[] pvalue,
            double[] padj) {
    }

    /** What results() reads from the fitted object. */
    record Fitted(CountData original, double[] baseMean, boolean[] allZero, boolean[] replaced,
            FitNbinomGLMs.Fit[] fits, double[][] cooks, double[] maxCooks) {
    }

    private Results() {
    }

    static Table compute(Fitted f, ModelMatrix design, ContrastSpec contrast, java.util.Map<String,
            java.util.List<String>> factors, int designFactors, DeseqOptions options) {
        int genes = f.baseMean().length;
        int m = design.samples();
        int p = design.coefficients();
        double[] c = design.contrast();
        double[] lfc = new double[genes];
        double[] se = new double[genes];
        double[] stat = new double[genes];
        double[] pv = new double[genes];
        java.util.List<String> levelOf = factors.get(contrast.factor());
        boolean[] inContrast = new boolean[m];
        for (int j = 0; j < m; j++) {
            String l = levelOf.get(j);
            inContrast[j] = l.equals(contrast.numerator()) || l.equals(contrast.denominator());
        }
        for (int g = 0; g < genes; g++) {
            if (f.allZero()[g]) {
                lfc[g] = se[g] = stat[g] = pv[g] = Double.NaN;
                continue;
            }
            FitNbinomGLMs.Fit fit = f.fits()[g];
            double estimate = 0;
            for (int i = 0; i < c.length; i++) {
                estimate += c[i] * fit.beta()[i];
            }
            lfc[g] = estimate / LN2;
            se[g] = Math.sqrt(Math.max(SmallMatrix.quadraticForm(fit.sigma(), c), 0)) / LN2;
            stat[g] = lfc[g] / se[g];
            pv[g] = Erf.erfc(Math.abs(stat[g]) / Math.sqrt(2));
            boolean zeroInBoth = true;
            for (int j = 0; j < m && zeroInBoth; j++) {
                if (inContrast[j] && f.original().counts[g][j] != 0) {
                    zeroInBoth = false;
                }
            }
            if (zeroInBoth) {
                lfc[g] = 0;
                stat[g] = 0;
                pv[g] = 1;
            }
        }
        if (options.cooksCutoff() && m > p) {
            double cutoff = new FDistribution(null, p, m - p, 1e-14).inverseCumulativeProbability(0.99);
            boolean twoLevelSingleFactor = designFactors == 1 && new java.util.HashSet<>(levelOf).size() == 2;
            for (int g = 0; g < genes; g++) {
                if (!(f.maxCooks()[g] > cutoff)) {
                    continue;
                }
                if (twoLevelSingleFactor && fewHigherCounts(f.original().counts[g], f.cooks()[g])) {
                    continue;
                }
                pv[g] = Double.NaN;
            }
        }
        for (int g = 0; g < genes; g++) {
            if (f.replaced()[g] && f.baseMean()[g] == 0) {
                lfc[g] = 0;
                se[g] = 0;
                stat[g] = 0;
                pv[g] = 1;
            }
        }
        double[] padj = options.independentFiltering()
                ? independentFiltering(f.baseMean(), pv, options.alpha())
                : BenjaminiHochberg.adjust(pv);
        return new Table(f.baseMean().clone(), lfc, se, stat, pv, padj);
    }

    /**
     * The table with lfcShrink's fold changes and standard errors; the zero rules of results() apply to them as
     * they do to the MLE (zero in both compared groups: fold change 0; emptied by outlier replacement: 0 and 0).
     */
    static Table withShrunkenFoldChanges(Table t, LfcShrink.Shrunk s, CountData original, double[] baseMean,
            boolean[] replaced, ContrastSpec contrast, java.util.Map<String, java.util.List<String>> factors) {
        double[] lfc = s.log2FoldChange().clone();
        double[] se = s.lfcSE().clone();
        java.util.List<String> levelOf = factors.get(contrast.factor());
        for (int g = 0; g < lfc.length; g++) {
            if (replaced[g] && baseMean[g] == 0) {
                lfc[g] = 0;
                se[g] = 0;
                continue;
            }
            if (Double.isNaN(lfc[g])) {
                continue;
            }
            boolean zeroInBoth = true;
            for (int j = 0; j < levelOf.size() && zeroInBoth; j++) {
                String l = levelOf.get(j);
                if ((l.equals(contrast.numerator()) || l.equals(contrast.denominator()))
                        && original.counts[g][j] != 0) {
                    zeroInBoth = false;
                }
            }
            if (zeroInBoth) {
                lfc[g] = 0;
            }
        }
        return new Table(t.baseMean(), lfc, se, t.stat(), t.pvalue(), t.padj());
    }

    /**
     * With one two-level factor, an outlier call is kept only if fewer than three samples have a higher count than
     * the sample with the largest Cook's distance (a high count among several high counts is not an outlier).
     */
    private static boolean fewHigherCounts(int[] counts, double[] cooks) {
        int worst = 0;
        for (int j = 1; j < cooks.length; j++) {
            if (cooks[j] > cooks[worst]) {
                worst = j;
            }
        }
        int higher = 0;
        for (int count : counts) {
            if (count > counts[worst]) {
                higher++;
            }
        }
        return higher >= 3;
    }

    /**
     * Adjust p-values among the genes above each of 50 quantiles of the filter, count rejections at alpha, and
     * take the first quantile whose count exceeds the lowess curve's maximum minus the residual RMSE.
     */
    static double[] independentFiltering(double[] filter, double[] pvalue, double alpha) {
        int n = filter.length;
        int zeros = 0;
        for (double v : filter) {
            if (v == 0) {
                zeros++;
            }
        }
        double lowerQuantile = (double) zeros / n;
        double upperQuantile = lowerQuantile < 0.95 ? 0.95 : 1;
        int k = 50;
        double[] theta = new double[k];
        double by = (upperQuantile - lowerQuantile) / (k - 1);
        for (int i = 0; i < k; i++) {
            theta[i] = i == k - 1 ? upperQuantile : lowerQuantile + i * by;
        }
        double[] sorted = filter.clone();
        Arrays.sort(sorted);
        double[][] adjusted = new double[k][];
        double[] numRej = new double[k];
        int[] byP = Order.ascending(pvalue);
        boolean[] keep = new boolean[n];
        for (int t = 0; t < k; t++) {
            double cutoff = quantile(sorted, theta[t]);
            for (int g = 0; g < n; g++) {
                keep[g] = filter[g] >= cutoff;
            }
            adjusted[t] = BenjaminiHochberg.adjustSorted(pvalue, byP, keep);
            for (double a : adjusted[t]) {
                if (a < alpha) {
                    numRej[t]++;
                }
            }
        }
        double[] fit = Lowess.smooth(theta, numRej, 1.0 / 5, 3);
        int j = 0;
        double maxRej = Arrays.stream(numRej).max().orElse(0);
        if (maxRej > 10) {
            double ss = 0;
            int cnt = 0;
            for (int t = 0; t < k; t++) {
                if (numRej[t] > 0) {
                    ss += (numRej[t] - fit[t]) * (numRej[t] - fit[t]);
                    cnt++;
                }
            }
            double rmse = cnt == 0 ? 0 : Math.sqrt(ss / cnt);
            double thresh = Arrays.stream(fit).max().orElse(0) - rmse;
            for (int t = 0; t < k; t++) {
                if (numRej[t] > thresh) {
                    j = t;
                    break;
                }
            }
        }
        return adjusted[j];
    }

    /** R's quantile(type = 7) of sorted values. */
    static double quantile(double[] sorted, double prob) {
        int n = sorted.length;
        double index = (n - 1) * prob;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double h = index - lo;
        if (h == 0 || sorted[hi] == sorted[lo]) {
            return sorted[lo];
        }
        return (1 - h) * sorted[lo] + h * sorted[hi];
    }
}
