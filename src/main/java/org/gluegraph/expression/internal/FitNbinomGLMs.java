package org.gluegraph.expression.internal;

/**
 * The negative binomial GLM with log link for one gene at a given dispersion, as DESeq2 fits it: iteratively
 * reweighted least squares with a ridge (lambda, 1e-6 on the log2 scale by default) from least-squares starting
 * values of log(normalised count + 0.1), means bounded below by 0.5 while iterating, convergence when the
 * relative change in deviance falls below 1e-8. Genes that do not converge in 100 iterations, whose
 * coefficients run away (beyond 30 on the natural-log scale) or whose variances are not positive are refitted
 * as DESeq2 refits them, by L-BFGS-B on the log posterior ({@link FitNbinomGLMsOptim}); their standard errors
 * are then taken at the optimiser's point, their hat values and iteration count stay those of IRLS.
 */
final class FitNbinomGLMs {

    static final double MIN_MU = 0.5;
    private static final double LOG_MIN_MU = Math.log(MIN_MU);
    static final int MAXIT = 100;
    static final double BETA_TOL = 1e-8;
    static final double LARGE = 30;
    private static final double LN2 = Math.log(2);
    /** DESeq2's default lambda, on the log2 scale. */
    static final double LAMBDA = 1e-6;

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
    /** R's qr() of the design, for DESeq2's starting values; null when the design is not of full rank. */
    private final QrDecomposition qr;
    private final Gram gram;
    private final double[] ridge;
    private final FitNbinomGLMsOptim optim;

    FitNbinomGLMs(ModelMatrix design, double[] sizeFactors) {
        this(design, sizeFactors, null);
    }

    /**
     * @param lambda per-coefficient penalty on the log2 scale (a normal prior's 1/variance, DESeq2's lambda);
     *               null for DESeq2's default 1e-6
     */
    FitNbinomGLMs(ModelMatrix design, double[] sizeFactors, double[] lambda) {
        this.design = design;
        this.sizeFactors = sizeFactors;
        this.logSizeFactors = new double[sizeFactors.length];
        for (int j = 0; j < sizeFactors.length; j++) {
            logSizeFactors[j] = Math.log(sizeFactors[j]);
        }
        this.gram = new Gram(design.x());
        int p = design.coefficients();
        double[] log2Lambda = lambda != null ? lambda.clone() : filled(p, LAMBDA);
        // DESeq2's lambdaNatLogScale = lambda / log(2)^2
        this.ridge = new double[p];
        for (int i = 0; i < p; i++) {
            ridge[i] = log2Lambda[i] / (LN2 * LN2);
        }
        this.optim = new FitNbinomGLMsOptim(design.x(), log2Lambda);
        // an expanded design (all levels, for the shrinkage prior) is not of full rank: start from the mean
        QrDecomposition decomposition = QrDecomposition.of(design.x());
        this.qr = decomposition.rank() == p ? decomposition : null;
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    Fit fit(int[] y, double alpha) {
        double[] start = startingValues(y);
        Fit irls = irls(y, alpha, start);
        if (irls.converged() && positiveVariances(irls.sigma())) {
            return irls;
        }
        // DESeq2's rowsForOptim: not converged, not stable or a variance not positive
        double[] from = FitNbinomGLMsOptim.start(stable(irls.beta()) ? irls.beta() : null, start);
        FitNbinomGLMsOptim.Optimum o = optim.fit(y, sizeFactors, alpha, from);
        double[] beta = new double[from.length];
        for (int i = 0; i < beta.length; i++) {
            beta[i] = o.par()[i] / FitNbinomGLMsOptim.LOG2E;
        }
        double[] mu = optim.means(o.par(), sizeFactors);
        double[] clamped = mu.clone();
        clamp(clamped);
        boolean converged = irls.converged() || o.converged();
        Fit f = finish(y, alpha, beta, clamped, converged, irls.iterations(),
                irls.hat() == null ? new double[y.length] : irls.hat());
        return new Fit(beta, f.sigma(), f.hat(), mu, converged, irls.iterations());
    }

    /**
     * DESeq2's starting values: the least-squares fit of log(normalised count + 0.1) through R's QR of the
     * design, or for a design not of full rank log(mean normalised count) for the intercept and 0 elsewhere.
     */
    double[] startingValues(int[] y) {
        int p = design.coefficients();
        if (qr == null) {
            double[] b = new double[p];
            double mean = 0;
            for (int j = 0; j < y.length; j++) {
                mean += y[j] / sizeFactors[j];
            }
            b[0] = Math.log(mean / y.length);
            return b;
        }
        double[] z = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            z[j] = Math.log(y[j] / sizeFactors[j] + 0.1);
        }
        return qr.solve(z);
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
