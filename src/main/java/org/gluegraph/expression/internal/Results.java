package org.gluegraph.expression.internal;

import java.util.Arrays;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.special.Erf;
import org.gluegraph.shared.BenjaminiHochberg;
import org.gluegraph.shared.Order;

/**
 * results(): the reported log2 fold change and its standard error (a coefficient or a contrast of the full
 * model's MLE), the Wald statistic and two-sided normal p-value, or the likelihood-ratio statistic and its
 * chi-square p-value; then DESeq2's rules in its order: a factor contrast with no reads in its two groups gets
 * fold change 0 (and, for the Wald test, p-value 1); a positive lfcThreshold or another altHypothesis replaces the
 * Wald statistic and p-value; Cook's outliers lose the p-value; genes emptied by outlier replacement get 0 and
 * p-value 1; then Benjamini-Hochberg after independent filtering on the mean of normalised counts at alpha.
 */
final class Results {

    private static final double LN2 = Math.log(2);
    private static final double SQRT2 = Math.sqrt(2);

    /** Per-gene columns; NaN is NA. */
    record Table(double[] baseMean, double[] log2FoldChange, double[] lfcSE, double[] stat, double[] pvalue,
            double[] padj) {
    }

    /** What results() reads from the fitted object. */
    record Fitted(CountData original, double[] baseMean, boolean[] allZero, boolean[] replaced,
            FitNbinomGLMs.Fit[] fits, double[][] cooks, double[] maxCooks) {
    }

    /** The likelihood-ratio test's columns (NaN for genes without a test). */
    record Lrt(double[] stat, double[] pvalue) {
    }

    private Results() {
    }

    /**
     * @param lrt                  the LRT's statistic and p-value, or null for the Wald test
     * @param singleTwoLevelFactor the design has one variable, a factor with two levels (DESeq2 then keeps the
     *                             p-value of an outlier gene when three or more samples have higher counts)
     */
    static Table compute(Fitted f, ModelMatrix design, ResultsContrast rc, Lrt lrt, boolean singleTwoLevelFactor,
            ResultsSpec spec, DeseqOptions options) {
        int genes = f.baseMean().length;
        int m = design.samples();
        int p = design.coefficients();
        double[] c = rc.vector();
        double[] lfc = new double[genes];
        double[] se = new double[genes];
        double[] stat = new double[genes];
        double[] pv = new double[genes];
        boolean[] inContrast = rc.zeroTestSamples();
        for (int g = 0; g < genes; g++) {
            FitNbinomGLMs.Fit fit = f.fits()[g];
            if (f.allZero()[g] || fit == null) {
                lfc[g] = se[g] = stat[g] = pv[g] = Double.NaN;
                continue;
            }
            double estimate = 0;
            for (int i = 0; i < c.length; i++) {
                estimate += c[i] * fit.beta()[i];
            }
            lfc[g] = estimate / LN2;
            se[g] = Math.sqrt(Math.max(SmallMatrix.quadraticForm(fit.sigma(), c), 0)) / LN2;
            stat[g] = lfc[g] / se[g];
            pv[g] = Erf.erfc(Math.abs(stat[g]) / SQRT2);
            if (inContrast != null) {
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
            if (lrt != null) {
                stat[g] = lrt.stat()[g];
                pv[g] = lrt.pvalue()[g];
            }
        }
        if (!spec.ordinaryTest()) {
            if (lrt != null) {
                throw new DeseqInputException("tests of log fold change above or below a threshold must be Wald"
                        + " tests (DESeq2 refuses lfcThreshold with the LRT)");
            }
            threshold(lfc, se, stat, pv, spec.lfcThreshold(), spec.altHypothesis());
        }
        if (options.cooksCutoff() && m > p) {
            double cutoff = new FDistribution(null, p, m - p, 1e-14).inverseCumulativeProbability(0.99);
            for (int g = 0; g < genes; g++) {
                if (!(f.maxCooks()[g] > cutoff)) {
                    continue;
                }
                if (singleTwoLevelFactor && fewHigherCounts(f.original().counts[g], f.cooks()[g])) {
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
     * results(lfcThreshold = T, altHypothesis = ...), with the normal upper tail Q: greaterAbs tests |LFC| > T,
     * stat sign(LFC) max((|LFC| - T)/SE, 0), p min(1, 2 Q((|LFC| - T)/SE)); lessAbs tests |LFC| < T, the larger
     * of the two one-sided p-values Q((T - LFC)/SE) and Q((LFC + T)/SE) and the smaller of the two statistics;
     * greater: max((LFC - T)/SE, 0) and Q((LFC - T)/SE); less: min((LFC + T)/SE, 0) and Q((-T - LFC)/SE).
     */
    static void threshold(double[] lfc, double[] se, double[] stat, double[] pv, double t, AltHypothesis alt) {
        for (int g = 0; g < lfc.length; g++) {
            double l = lfc[g];
            double s = se[g];
            if (Double.isNaN(l)) {
                continue;
            }
            switch (alt) {
                case GREATER_ABS -> {
                    double z = (Math.abs(l) - t) / s;
                    stat[g] = Math.signum(l) * Math.max(z, 0);
                    pv[g] = Math.min(1, 2 * upperTail(z));
                }
                case LESS_ABS -> {
                    double above = (t - l) / s;
                    double below = (l + t) / s;
                    stat[g] = Math.min(Math.max(above, 0), Math.max(below, 0));
                    pv[g] = Math.max(upperTail(above), upperTail(below));
                }
                case GREATER -> {
                    double z = (l - t) / s;
                    stat[g] = Math.max(z, 0);
                    pv[g] = upperTail(z);
                }
                case LESS -> {
                    stat[g] = Math.min((l + t) / s, 0);
                    pv[g] = upperTail((-t - l) / s);
                }
            }
        }
    }

    /** pnorm(z, lower.tail = FALSE), accurate far into the tail. */
    static double upperTail(double z) {
        return Double.isNaN(z) ? Double.NaN : 0.5 * Erf.erfc(z / SQRT2);
    }

    /**
     * The table with lfcShrink's fold changes and standard errors; the zero rules of results() apply to them as
     * they do to the MLE (zero in both compared groups: fold change 0; emptied by outlier replacement: 0 and 0).
     */
    static Table withShrunkenFoldChanges(Table t, LfcShrink.Shrunk s, CountData original, double[] baseMean,
            boolean[] replaced, boolean[] inContrast) {
        double[] lfc = s.log2FoldChange().clone();
        double[] se = s.lfcSE().clone();
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
            for (int j = 0; j < inContrast.length && zeroInBoth; j++) {
                if (inContrast[j] && original.counts[g][j] != 0) {
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
