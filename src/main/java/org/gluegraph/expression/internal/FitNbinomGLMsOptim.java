package org.gluegraph.expression.internal;

import java.util.Arrays;

/**
 * DESeq2's fitNbinomGLMsOptim (R/core.R, DESeq2 1.38.3): the refit of a gene whose IRLS did not converge in
 * maxit iterations, ran away (a coefficient beyond 30 on the natural-log scale) or left a non-positive variance.
 * It minimises the negative log posterior on the log2 scale,
 * <pre>
 *   -( sum_j dnbinom(k_j, mu = nf_j 2^(x_j' p), size = 1/alpha, log = TRUE)
 *      + sum_i dnorm(p_i, 0, sqrt(1/lambda_i), log = TRUE) )      (10^300 where not finite)
 * </pre>
 * with lambda the ridge on the log2 scale (DESeq2's 1e-6, or lfcShrink's 1/betaPriorVar), by
 * optim(p0, objective, method = "L-BFGS-B", lower = -30, upper = 30) with optim's defaults (lmm 5, factr 1e7,
 * pgtol 0, maxit 100) and no gradient, so optim's central differences with steps of 1e-3. Where the
 * likelihood is flat (a group of zeros) the optimiser stops at its relative-reduction test far from the
 * supremum, and that point is DESeq2's estimate; it is reproduced by following R's iterates.
 */
final class FitNbinomGLMsOptim {

    /** The bound on each log2-scale coefficient, DESeq2's {@code large}. */
    static final double LARGE = 30;
    /** log2(exp(1)) as R computes it, DESeq2's factor between the natural-log and log2 scales. */
    static final double LOG2E = 1.4426950408889634;

    /** The optimum on the log2 scale and optim's convergence code and message. */
    record Optimum(double[] par, int convergence, String message, int evaluations) {
        boolean converged() {
            return convergence == 0;
        }
    }

    private final double[][] x;
    private final double[] priorSd;
    private final double[] lower;
    private final double[] upper;

    /** @param lambda the ridge penalty on the log2 scale, one per coefficient */
    FitNbinomGLMsOptim(double[][] x, double[] lambda) {
        this.x = x;
        int p = lambda.length;
        priorSd = new double[p];
        for (int i = 0; i < p; i++) {
            priorSd[i] = Math.sqrt(1 / lambda[i]);
        }
        lower = new double[p];
        upper = new double[p];
        Arrays.fill(lower, -LARGE);
        Arrays.fill(upper, LARGE);
    }

    /**
     * DESeq2's start: the IRLS estimate on the log2 scale if it has no NA and all its coefficients are below
     * 30 in absolute value, otherwise IRLS's starting values, which are on the natural-log scale but DESeq2
     * hands them to optim as they are (beta_mat, not betaMatrix), as this does.
     */
    static double[] start(double[] irlsBetaNatural, double[] irlsStartNatural) {
        if (irlsBetaNatural != null) {
            double[] b = new double[irlsBetaNatural.length];
            boolean usable = true;
            for (int i = 0; i < b.length; i++) {
                b[i] = LOG2E * irlsBetaNatural[i];
                if (!(Math.abs(b[i]) < LARGE)) {
                    usable = false;
                }
            }
            if (usable) {
                return b;
            }
        }
        return irlsStartNatural.clone();
    }

    Optimum fit(int[] k, double[] nf, double alpha, double[] start) {
        double size = 1 / alpha;
        LbfgsB.Objective objective = p -> negativeLogPosterior(p, k, nf, size);
        LbfgsB.Result o = LbfgsB.minimise(objective, new FiniteDifferenceGradient(objective, lower, upper), start,
                lower, upper, LbfgsB.Control.DEFAULTS);
        return new Optimum(o.par(), o.convergence(), o.message(), o.evaluations());
    }

    /** nf_j 2^(x_j' p): the linear predictor summed in the order of BLAS dgemv, as R's x %*% p. */
    double[] means(double[] p, double[] nf) {
        double[] mu = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double eta = 0;
            for (int i = 0; i < p.length; i++) {
                eta += p[i] * x[j][i];
            }
            mu[j] = nf[j] * pow2(eta);
        }
        return mu;
    }

    /** R's 2^y: R_pow's special cases, then the C library's pow. */
    private static double pow2(double y) {
        if (y == 2.0) {
            return 4.0;
        }
        if (y == 0.0) {
            return 1.0;
        }
        return Math.pow(2, y);
    }

    double negativeLogPosterior(double[] p, int[] k, double[] nf, double size) {
        double[] mu = means(p, nf);
        double[] logLikeVector = new double[k.length];
        for (int j = 0; j < k.length; j++) {
            logLikeVector[j] = Nmath.dnbinomMuLog(k[j], size, mu[j]);
        }
        double logLike = Nmath.sum(logLikeVector);
        double[] logPriorVector = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            logPriorVector[i] = Nmath.dnormLog(p[i], 0, priorSd[i]);
        }
        double logPrior = Nmath.sum(logPriorVector);
        double negLogPost = -1 * (logLike + logPrior);
        return Double.isFinite(negLogPost) ? negLogPost : 1e300;
    }
}
