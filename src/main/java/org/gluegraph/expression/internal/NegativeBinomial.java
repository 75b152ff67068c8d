package org.gluegraph.expression.internal;

/**
 * The negative binomial in DESeq2's parametrisation: mean mu, dispersion alpha, variance mu + alpha mu^2. The log
 * density as R computes it (for DESeq2's optimiser) is {@link Nmath#dnbinomMuLog}.
 */
final class NegativeBinomial {

    private NegativeBinomial() {
    }

    /** lgamma(y + 1) of the counts most genes have, computed once. */
    private static final double[] LOG_FACTORIAL = new double[1 << 10];

    static {
        for (int y = 0; y < LOG_FACTORIAL.length; y++) {
            LOG_FACTORIAL[y] = GammaFunctions.logGamma(y + 1.0);
        }
    }

    /**
     * The part of the log density free of mu, lgamma(y + size) - lgamma(size) - lgamma(y + 1), for size = 1/alpha
     * and logGammaSize = lgamma(size): IRLS takes it once per fit at its fixed dispersion.
     */
    static double constantPart(int y, double size, double logGammaSize) {
        if (y == 0) {
            return 0;
        }
        double logFactorial = y < LOG_FACTORIAL.length ? LOG_FACTORIAL[y] : GammaFunctions.logGamma(y + 1.0);
        return GammaFunctions.logGamma(y + size) - logGammaSize - logFactorial;
    }

    /**
     * The log-likelihood of a gene's counts at means mu and dispersion alpha, as DESeq2's nbinomLogLike sums R's
     * dnbinom(y, mu = mu, size = 1 / alpha, log = TRUE) (R's own density, {@link Nmath#dnbinomMuLog}).
     */
    static double logLikelihood(int[] y, double[] mu, double alpha) {
        double s = 0;
        for (int j = 0; j < y.length; j++) {
            s += Nmath.dnbinomMuLog(y[j], 1 / alpha, mu[j]);
        }
        return s;
    }
}
