package org.gluegraph.expression.internal;

/**
 * The negative binomial GLM with log link for one gene at a given dispersion, as DESeq2 fits it: iteratively
 * reweighted least squares with a tiny ridge (1e-6 on the log2 scale) from least-squares starting values of
 * log(normalised count + 0.1), means bounded below by 0.5 while iterating, convergence when the relative change
 * in deviance falls below 1e-8. Genes that do not converge in 100 iterations, or whose coefficients run away,
 * are refitted by direct maximisation of the penalised likelihood within |log2 fold change| <= 30 (DESeq2 uses
 * L-BFGS-B there; the optimum is the same as the objective is concave).
 */
final class FitNbinomGLMs {

    static final double MIN_MU = 0.5;
    private static final double LOG_MIN_MU = Math.log(MIN_MU);
    static final int MAXIT = 100;
    static final double BETA_TOL = 1e-8;
    static final double LARGE = 30;
    private static final double LN2 = Math.log(2);
    /** DESeq2's lambda = 1e-6 on the log2 scale, in natural-log units. */
    static final double RIDGE = 1e-6 / (LN2 * LN2);

    /**
     * @param beta  coefficients on the natural-log scale
     * @param sigma covariance of the coefficients (natural-log scale)
     * @param hat   diagonal of the hat matrix of the final weighted fit
     * @param mu    fitted means (not bounded)
     */
    record Fit(double[] beta, double[][] sigma, double[] hat, double[] mu, boolean converged, int iterations) {
    }

    private final ModelMatrix design;
    private final double[] sizeFactors;
    private final double[] logSizeFactors;
    private final double[][] leastSquares;
    private final Gram gram;
    private final double[] ridge;

    FitNbinomGLMs(ModelMatrix design, double[] sizeFactors) {
        this(design, sizeFactors, null);
    }

    /**
     * @param ridge per-coefficient penalty on the natural-log scale (a normal prior's 1/variance); null for DESeq2's
     *              default 1e-6 on the log2 scale
     */
    FitNbinomGLMs(ModelMatrix design, double[] sizeFactors, double[] ridge) {
        this.design = design;
        this.sizeFactors = sizeFactors;
        this.logSizeFactors = new double[sizeFactors.length];
        for (int j = 0; j < sizeFactors.length; j++) {
            logSizeFactors[j] = Math.log(sizeFactors[j]);
        }
        this.gram = new Gram(design.x());
        int p = design.coefficients();
        int m = design.samples();
        this.ridge = ridge != null ? ridge.clone() : filled(p, RIDGE);
        double[][] x = design.x();
        double[][] l = SmallMatrix.cholesky(SmallMatrix.crossprod(x, ModelMatrix.ones(m)));
        // an expanded design (all levels, for the shrinkage prior) is not of full rank: start from the mean
        leastSquares = l == null ? null : new double[p][m];
        if (l != null) {
            double[][] inv = SmallMatrix.inverse(l);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int k = 0; k < p; k++) {
                        s += inv[i][k] * x[j][k];
                    }
                    leastSquares[i][j] = s;
                }
            }
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    Fit fit(int[] y, double alpha) {
        double[] start = startingValues(y);
        Fit irls = irls(y, alpha, start);
        if (irls != null && irls.converged() && positiveVariances(irls.sigma())) {
            return irls;
        }
        double[] from = start;
        if (irls != null && stable(irls.beta()) && within(irls.beta(), LARGE * LN2)) {
            from = irls.beta();
        }
        return optimise(y, alpha, from, irls == null ? null : irls.hat(), irls == null ? MAXIT : irls.iterations());
    }

    double[] startingValues(int[] y) {
        int p = design.coefficients();
        double[] b = new double[p];
        if (leastSquares == null) {
            double mean = 0;
            for (int j = 0; j < y.length; j++) {
                mean += y[j] / sizeFactors[j];
            }
            b[0] = Math.log(mean / y.length);
            return b;
        }
        for (int j = 0; j < y.length; j++) {
            double z = Math.log(y[j] / sizeFactors[j] + 0.1);
            for (int i = 0; i < p; i++) {
                b[i] += leastSquares[i][j] * z;
            }
        }
        return b;
    }

    /**
     * IRLS; returns a fit marked not converged when it ran out of iterations or diverged. Each iteration takes one
     * logarithm per sample: log(mu / s) is the cell's linear predictor unless mu was bounded at 0.5, and
     * log(size + mu) = log(size) + log1p(mu / size), the log1p the deviance needs anyway.
     */
    private Fit irls(int[] y, double alpha, double[] start) {
        int m = y.length;
        int p = start.length;
        double[] beta = start.clone();
        double[] eta = new double[gram.cells()];
        double[] mu = new double[m];
        double[] logMu = new double[m];
        double[] logMuOverS = new double[m];
        meansAndLogs(beta, eta, mu, logMu, logMuOverS);
        double[] w = new double[m];
        double[] z = new double[m];
        double size = 1 / alpha;
        double logGammaSize = GammaFunctions.logGamma(size);
        double[] constant = new double[m];
        for (int j = 0; j < m; j++) {
            constant[j] = NegativeBinomial.constantPart(y[j], size, logGammaSize);
        }
        double logSize = Math.log(size);
        double devOld = 0;
        int iter = 0;
        boolean converged = false;
        for (int t = 0; t < MAXIT; t++) {
            iter++;
            for (int j = 0; j < m; j++) {
                w[j] = mu[j] / (1 + alpha * mu[j]);
                z[j] = logMuOverS[j] + (y[j] - mu[j]) / mu[j];
            }
            double[][] a = gram.of(w);
            double[] cellWz = new double[gram.cells()];
            for (int j = 0; j < m; j++) {
                cellWz[gram.cellOf(j)] += w[j] * z[j];
            }
            double[] b = gram.crossCells(cellWz);
            for (int i = 0; i < p; i++) {
                a[i][i] += ridge[i];
            }
            double[][] l = SmallMatrix.cholesky(a);
            if (l == null) {
                iter = MAXIT;
                break;
            }
            beta = SmallMatrix.solve(l, b);
            boolean runaway = false;
            for (double v : beta) {
                if (!(Math.abs(v) <= LARGE)) {
                    runaway = true;
                }
            }
            if (runaway) {
                iter = MAXIT;
                break;
            }
            meansAndLogs(beta, eta, mu, logMu, logMuOverS);
            double dev = 0;
            for (int j = 0; j < m; j++) {
                // -2 log dnbinom(y, mu, size); written with log1p so that tiny dispersions keep their precision
                double log1p = Math.log1p(mu[j] / size);
                double logDensity = -size * log1p;
                if (y[j] != 0) {
                    logDensity += constant[j] + y[j] * (logMu[j] - logSize - log1p);
                }
                dev += -2 * logDensity;
            }
            double conv = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1);
            if (Double.isNaN(conv)) {
                iter = MAXIT;
                break;
            }
            if (t > 0 && conv < BETA_TOL) {
                converged = true;
                break;
            }
            devOld = dev;
        }
        if (!stable(beta)) {
            return new Fit(beta, null, null, null, false, MAXIT);
        }
        return finish(y, alpha, beta, mu, converged && iter < MAXIT, iter, null);
    }

    /** Covariance and hat values at the final coefficients, with weights from means bounded at 0.5. */
    private Fit finish(int[] y, double alpha, double[] beta, double[] clampedMu, boolean converged, int iter,
            double[] hatOverride) {
        double[][] x = design.x();
        int m = y.length;
        int p = beta.length;
        double[] w = new double[m];
        for (int j = 0; j < m; j++) {
            w[j] = clampedMu[j] / (1 + alpha * clampedMu[j]);
        }
        double[][] xtwx = gram.of(w);
        double[][] a = new double[p][];
        for (int i = 0; i < p; i++) {
            a[i] = xtwx[i].clone();
            a[i][i] += ridge[i];
        }
        double[][] l = SmallMatrix.cholesky(a);
        if (l == null) {
            return new Fit(beta, null, null, means(beta), false, iter);
        }
        double[][] inv = SmallMatrix.inverse(l);
        double[][] sigma = SmallMatrix.sandwich(inv, xtwx);
        double[] hat = hatOverride;
        if (hat == null) {
            double[] cellForm = new double[gram.cells()];
            for (int c = 0; c < cellForm.length; c++) {
                cellForm[c] = SmallMatrix.quadraticForm(inv, gram.cellRow(c));
            }
            hat = new double[m];
            for (int j = 0; j < m; j++) {
                hat[j] = w[j] * cellForm[gram.cellOf(j)];
            }
        }
        return new Fit(beta, sigma, hat, means(beta), converged, iter);
    }

    /**
     * Fisher scoring with step halving on the penalised log likelihood, coefficients kept within the box
     * |beta| <= 30 log(2), the same box as DESeq2's optimiser.
     */
    private Fit optimise(int[] y, double alpha, double[] from, double[] hat, int iterations) {
        double[][] x = design.x();
        int m = y.length;
        int p = from.length;
        double bound = LARGE * LN2;
        double[] beta = from.clone();
        for (int i = 0; i < p; i++) {
            beta[i] = Math.max(-bound, Math.min(bound, beta[i]));
        }
        double obj = penalised(y, alpha, beta);
        boolean converged = false;
        for (int t = 0; t < 1000; t++) {
            double[] mu = means(beta);
            double[] w = new double[m];
            double[] grad = new double[p];
            for (int j = 0; j < m; j++) {
                w[j] = mu[j] / (1 + alpha * mu[j]);
                double r = (y[j] - mu[j]) / (1 + alpha * mu[j]);
                for (int i = 0; i < p; i++) {
                    grad[i] += x[j][i] * r;
                }
            }
            double[][] info = gram.of(w);
            for (int i = 0; i < p; i++) {
                grad[i] -= ridge[i] * beta[i];
                info[i][i] += ridge[i];
            }
            double[][] l = SmallMatrix.cholesky(info);
            if (l == null) {
                break;
            }
            double[] step = SmallMatrix.solve(l, grad);
            double scale = 1;
            double[] next = new double[p];
            double nextObj = Double.NEGATIVE_INFINITY;
            for (int h = 0; h < 60; h++) {
                for (int i = 0; i < p; i++) {
                    next[i] = Math.max(-bound, Math.min(bound, beta[i] + scale * step[i]));
                }
                nextObj = penalised(y, alpha, next);
                if (nextObj >= obj) {
                    break;
                }
                scale /= 2;
            }
            if (!(nextObj >= obj)) {
                converged = true;
                break;
            }
            double change = nextObj - obj;
            beta = next.clone();
            obj = nextObj;
            if (change <= 1e-12 * (Math.abs(obj) + 1e-12)) {
                converged = true;
                break;
            }
        }
        double[] mu = means(beta);
        clamp(mu);
        Fit f = finish(y, alpha, beta, mu, converged, iterations, hat);
        return new Fit(f.beta(), f.sigma(), f.hat() == null ? new double[m] : f.hat(), f.mu(), converged,
                iterations);
    }

    private double penalised(int[] y, double alpha, double[] beta) {
        double pen = 0;
        for (int i = 0; i < beta.length; i++) {
            pen += 0.5 * ridge[i] * beta[i] * beta[i];
        }
        double ll = NegativeBinomial.logLikelihood(y, means(beta), alpha);
        return Double.isNaN(ll) ? Double.NEGATIVE_INFINITY : ll - pen;
    }

    double[] means(double[] beta) {
        double[] e = gram.expLinearPredictor(beta);
        double[] mu = new double[sizeFactors.length];
        for (int j = 0; j < mu.length; j++) {
            mu[j] = sizeFactors[j] * e[gram.cellOf(j)];
        }
        return mu;
    }

    /** Means bounded below at 0.5, with log(mu) and log(mu / s), from the cells' linear predictors. */
    private void meansAndLogs(double[] beta, double[] eta, double[] mu, double[] logMu, double[] logMuOverS) {
        gram.linearPredictor(beta, eta);
        double[] e = new double[eta.length];
        for (int c = 0; c < eta.length; c++) {
            e[c] = Math.exp(eta[c]);
        }
        for (int j = 0; j < mu.length; j++) {
            int c = gram.cellOf(j);
            double v = sizeFactors[j] * e[c];
            if (v < MIN_MU) {
                mu[j] = MIN_MU;
                logMu[j] = LOG_MIN_MU;
                logMuOverS[j] = LOG_MIN_MU - logSizeFactors[j];
            } else {
                mu[j] = v;
                logMu[j] = logSizeFactors[j] + eta[c];
                logMuOverS[j] = eta[c];
            }
        }
    }

    private static void clamp(double[] mu) {
        for (int j = 0; j < mu.length; j++) {
            mu[j] = Math.max(mu[j], MIN_MU);
        }
    }

    private static boolean stable(double[] beta) {
        for (double b : beta) {
            if (Double.isNaN(b) || Double.isInfinite(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(double[] beta, double bound) {
        for (double b : beta) {
            if (!(Math.abs(b) < bound)) {
                return false;
            }
        }
        return true;
    }

    private static boolean positiveVariances(double[][] sigma) {
        if (sigma == null) {
            return false;
        }
        for (int i = 0; i < sigma.length; i++) {
            if (!(sigma[i][i] > 0)) {
                return false;
            }
        }
        return true;
    }
}
