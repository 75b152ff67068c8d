package org.gluegraph.expression.internal;

import org.apache.commons.math3.special.Gamma;
import org.gluegraph.shared.Parallel;

/**
 * nbinomLRT: twice the difference of the log likelihoods of the full and the reduced GLM, both at the gene's final
 * dispersion, against the chi-square distribution with as many degrees of freedom as the full design has
 * coefficients more than the reduced one. The full fits are those of the Wald step (same design, same
 * dispersions). As in DESeq2, a fit's log likelihood uses its unbounded means, except for fits that went to the
 * optimiser, whose means are bounded below at 0.5 first; and a reduced design of only an intercept is fitted in
 * closed form (the mean of normalised counts, no ridge).
 */
final class NbinomLRT {

    private NbinomLRT() {
    }

    /**
     * @param data       counts the fits were made on (after outlier replacement)
     * @param reduced    the reduced model matrix
     * @param full       the full model's fits per gene (null: no test)
     * @param dispersion final dispersions
     */
    static Results.Lrt test(CountData data, ModelMatrix reduced, boolean reducedIsInterceptOnly,
            FitNbinomGLMs.Fit[] full, double[] dispersion, int df, int threads) {
        int genes = data.genes();
        int m = data.samples();
        double[] stat = new double[genes];
        double[] pvalue = new double[genes];
        FitNbinomGLMs glm = reducedIsInterceptOnly ? null : new FitNbinomGLMs(reduced, data.sizeFactors);
        Parallel.forEach(genes, threads, g -> {
            if (full[g] == null || data.allZero[g]) {
                stat[g] = pvalue[g] = Double.NaN;
                return;
            }
            int[] y = data.counts[g];
            double alpha = dispersion[g];
            double fullLogLike = logLike(y, full[g], alpha);
            double reducedLogLike;
            if (glm == null) {
                double mean = 0;
                for (int j = 0; j < m; j++) {
                    mean += data.normalized(g, j);
                }
                mean /= m;
                double[] mu = new double[m];
                for (int j = 0; j < m; j++) {
                    mu[j] = data.sizeFactors[j] * mean;
                }
                reducedLogLike = NegativeBinomial.logLikelihood(y, mu, alpha);
            } else {
                reducedLogLike = logLike(y, glm.fit(y, alpha), alpha);
            }
            stat[g] = 2 * (fullLogLike - reducedLogLike);
            pvalue[g] = upperTail(stat[g], df);
        });
        return new Results.Lrt(stat, pvalue);
    }

    private static double logLike(int[] y, FitNbinomGLMs.Fit fit, double alpha) {
        double[] mu = fit.mu();
        if (fit.iterations() >= FitNbinomGLMs.MAXIT) {
            // DESeq2's optimiser path evaluates the likelihood at means bounded below by minmu
            mu = mu.clone();
            for (int j = 0; j < mu.length; j++) {
                mu[j] = Math.max(mu[j], FitNbinomGLMs.MIN_MU);
            }
        }
        return NegativeBinomial.logLikelihood(y, mu, alpha);
    }

    /** pchisq(x, df, lower.tail = FALSE): the regularised upper incomplete gamma Q(df/2, x/2). */
    static double upperTail(double x, int df) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2, 1e-15, 100_000);
    }
}
