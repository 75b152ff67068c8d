package org.gluegraph.expression.internal;

import org.apache.commons.numbers.gamma.LogGamma;

/** The negative binomial in DESeq2's parametrisation: mean mu, dispersion alpha, variance mu + alpha mu^2. */
final class NegativeBinomial {

    private NegativeBinomial() {
    }

    /** log P(Y = y) for size 1/alpha, as R's dnbinom(y, mu = mu, size = 1/alpha, log = TRUE). */
    static double logDensity(int y, double mu, double alpha) {
        double size = 1 / alpha;
        if (mu == 0) {
            return y == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        // size * log(size / (size + mu)) written with log1p so that tiny dispersions keep their precision
        double logP0 = -size * Math.log1p(mu / size);
        if (y == 0) {
            return logP0;
        }
        return LogGamma.value(y + size) - LogGamma.value(size) - LogGamma.value(y + 1.0) + logP0
                + y * (Math.log(mu) - Math.log(size + mu));
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

    /** Sum over samples of log densities. */
    static double logLikelihood(int[] y, double[] mu, double alpha) {
        double s = 0;
        for (int j = 0; j < y.length; j++) {
            s += logDensity(y[j], mu[j], alpha);
        }
        return s;
    }
}
