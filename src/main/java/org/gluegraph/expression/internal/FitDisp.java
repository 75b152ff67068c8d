package org.gluegraph.expression.internal;

/**
 * Maximises the Cox-Reid adjusted profile likelihood of one gene's dispersion over log(alpha), optionally with a
 * normal prior on log(alpha) (the MAP step). The search is DESeq2's: gradient ascent with an Armijo line search
 * (step growing by 1.1, halved every fifth accepted step), stopping when the log posterior rises by less than
 * the tolerance; a grid search is the fall-back for genes where that does not converge.
 */
final class FitDisp {

    static final int MAXIT = 100;
    static final double TOL = 1e-6;
    private static final double KAPPA_0 = 1;
    private static final double EPSILON = 1e-4;
    /** Above this size (1/alpha) the grid search evaluates the likelihood exactly as DESeq2 does. */
    static final double LARGE_SIZE = 1e4;

    record Result(double logAlpha, int iterations, double initialLogPosterior, double lastLogPosterior) {
    }

    private final Gram gram;
    /** One workspace per worker thread: a search allocates nothing. */
    private final ThreadLocal<Workspace> workspaces;

    /** Scratch arrays of one search, so that the millions of evaluations allocate nothing. */
    static final class Workspace {
        final int p;
        final double[] cellW;
        final double[] cellDw;
        final double[] b;
        /** Scratch of the Cox-Reid derivative's forward substitutions. */
        final double[] solve;
        /**
         * At the last log posterior: per sample log(mu + 1/alpha); per distinct count the logarithm that
         * lgamma(y + 1/alpha) took.
         */
        final double[] logMuR;
        final double[] logShifted;
        /** The log(alpha) of the last log posterior, whose factor of X'WX (in b) and cellDw the derivative reuses. */
        double evaluatedAt = Double.NaN;
        boolean factored;
        /**
         * The distinct counts of the prepared gene and each sample's slot among them: lgamma(y + r) - lgamma(r) and
         * its derivative depend on the count alone, and with many samples counts repeat (at 200 samples about half
         * of them), so each is computed once per distinct count. Per-count values sit in the slot's entry.
         */
        int[] preparedFor;
        final int[] distinct;
        final int[] slot;
        int distinctCount;
        final double[] ratio;
        final double[] digammaDiff;
        private final int[] tableKey;
        private final int[] tableSlot;
        private final int[] tableStamp;
        private final int shift;
        private int stamp;

        Workspace(int cells, int p, int samples) {
            this.p = p;
            cellW = new double[cells];
            cellDw = new double[cells];
            b = new double[p * p];
            solve = new double[2 * p];
            logMuR = new double[samples];
            logShifted = new double[samples];
            distinct = new int[samples];
            slot = new int[samples];
            ratio = new double[samples];
            digammaDiff = new double[samples];
            int size = Integer.highestOneBit(Math.max(16, 4 * samples) - 1) << 1;
            tableKey = new int[size];
            tableSlot = new int[size];
            tableStamp = new int[size];
            shift = 32 - Integer.numberOfTrailingZeros(size);
        }

        /** Finds the distinct counts of y (open addressing; a stamp per use instead of clearing the table). */
        void prepare(int[] y) {
            if (++stamp == 0) {
                java.util.Arrays.fill(tableStamp, 0);
                stamp = 1;
            }
            int mask = tableKey.length - 1;
            int n = 0;
            for (int j = 0; j < y.length; j++) {
                int h = (y[j] * 0x9E3779B9) >>> shift;
                while (tableStamp[h] == stamp && tableKey[h] != y[j]) {
                    h = (h + 1) & mask;
                }
                if (tableStamp[h] != stamp) {
                    tableStamp[h] = stamp;
                    tableKey[h] = y[j];
                    tableSlot[h] = n;
                    distinct[n++] = y[j];
                }
                slot[j] = tableSlot[h];
            }
            distinctCount = n;
            preparedFor = y;
            evaluatedAt = Double.NaN;
        }
    }

    /**
     * A normal prior on log(alpha); weight 1 includes it, 0 leaves it out. A weight rather than a flag keeps the
     * same compiled code for both uses (a never-taken branch would be recompiled when the MAP step starts).
     */
    record Prior(double mean, double variance, double weight) {
        static final Prior NONE = new Prior(0, 1, 0);

        static Prior normal(double mean, double variance) {
            return new Prior(mean, variance, 1);
        }
    }

    FitDisp(double[][] x) {
        this.gram = new Gram(x);
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(gram.cells(), gram.coefficients(), x.length));
    }

    Result lineSearch(int[] y, double[] mu, double logAlpha, Prior prior, double minLogAlpha) {
        double a = logAlpha;
        Workspace ws = workspaces.get();
        ws.prepare(y);
        double lp = logPosterior(ws, a, y, mu, prior);
        double dlp = dLogPosterior(ws, a, y, mu, prior);
        double initial = lp;
        double kappa = KAPPA_0;
        int iter = 0;
        int accepted = 0;
        for (int t = 0; t < MAXIT; t++) {
            iter++;
            double proposal = a + kappa * dlp;
            // keep log(alpha) within [-30, 10], where lgamma stays accurate
            if (proposal < -30) {
                kappa = (-30 - a) / dlp;
            }
            if (proposal > 10) {
                kappa = (10 - a) / dlp;
            }
            double thetaKappa = -logPosterior(ws, a + kappa * dlp, y, mu, prior);
            double thetaHatKappa = -lp - kappa * EPSILON * dlp * dlp;
            if (thetaKappa <= thetaHatKappa) {
                accepted++;
                a = a + kappa * dlp;
                // the log posterior at the accepted point was just computed for the Armijo test
                double lpNew = -thetaKappa;
                double change = lpNew - lp;
                if (change < TOL) {
                    lp = lpNew;
                    break;
                }
                if (a < minLogAlpha) {
                    break;
                }
                lp = lpNew;
                dlp = dLogPosterior(ws, a, y, mu, prior);
                kappa = Math.min(kappa * 1.1, KAPPA_0);
                if (accepted % 5 == 0) {
                    kappa = kappa / 2;
                }
            } else {
                kappa = kappa / 2;
            }
        }
        return new Result(a, iter, initial, lp);
    }

    /**
     * A 20-point grid over [log 1e-8, log max(10, samples)], refined by 20 points around the best: R's seq() for
     * the coarse grid and armadillo's linspace() for the fine one, point for point, since where the likelihood is
     * flat (tiny dispersions) the choice among grid points is decided by the last bits of each value.
     */
    double grid(int[] y, double[] mu, Prior prior) {
        Workspace ws = workspaces.get();
        ws.prepare(y);
        double lo = Math.log(1e-8);
        double hi = Math.log(Math.max(10, y.length));
        int n = 20;
        double by = (hi - lo) / (n - 1);
        double[] coarse = new double[n];
        for (int i = 0; i < n; i++) {
            coarse[i] = i == 0 ? lo : i == n - 1 ? hi : lo + i * by;
        }
        double best = argmax(ws, coarse, y, mu, prior);
        double delta = coarse[1] - coarse[0];
        double start = best - delta;
        double end = best + delta;
        double step = (end - start) / (n - 1);
        double[] fine = new double[n];
        for (int i = 0; i < n; i++) {
            fine[i] = i == n - 1 ? end : start + i * step;
        }
        return argmax(ws, fine, y, mu, prior);
    }

    /** The first grid point with the largest log posterior, evaluated as DESeq2 evaluates it. */
    private double argmax(Workspace ws, double[] grid, int[] y, double[] mu, Prior prior) {
        double best = grid[0];
        double bestLp = Double.NEGATIVE_INFINITY;
        for (double a : grid) {
            double lp = logPosterior(ws, a, y, mu, prior, true);
            if (lp > bestLp) {
                bestLp = lp;
                best = a;
            }
        }
        return best;
    }

    /**
     * Negative binomial log likelihood (up to terms free of alpha), Cox-Reid term and prior. Keeps what the
     * derivative at the same alpha needs (the line search asks for it at every accepted point). The workspace is
     * prepared for y by lineSearch and grid, or here when y is another array.
     */
    double logPosterior(Workspace ws, double logAlpha, int[] y, double[] mu, Prior prior) {
        return logPosterior(ws, logAlpha, y, mu, prior, false);
    }

    /**
     * As {@link #logPosterior(Workspace, double, int[], double[], Prior)}.
     *
     * @param asDeseq2 at tiny dispersions (1/alpha above 1e4), evaluate the likelihood with DESeq2's own
     *                 expression and R's lgammafn, operation for operation: there the likelihood is flat to 1e-8 and
     *                 lgamma(y + 1/alpha) - lgamma(1/alpha) of two numbers near 1e9 carries 1e-7 of rounding, so
     *                 which grid point DESeq2 picks depends on its rounding, which this reproduces (R's lgamma
     *                 formula for large arguments, correctly rounded exp and log as glibc's)
     */
    double logPosterior(Workspace ws, double logAlpha, int[] y, double[] mu, Prior prior, boolean asDeseq2) {
        if (ws.preparedFor != y) {
            ws.prepare(y);
        }
        double alpha = Math.exp(logAlpha);
        boolean exact = false;
        if (asDeseq2 && 1 / alpha > LARGE_SIZE) {
            alpha = Nmath.exp(logAlpha);
            exact = true;
        }
        double r = 1 / alpha;
        double lgammaR = GammaFunctions.logGamma(r);
        double[] ratio = ws.ratio;
        int[] distinct = ws.distinct;
        for (int k = 0; k < ws.distinctCount; k++) {
            ratio[k] = logGammaRatio(distinct[k], r, lgammaR, ws.logShifted, k);
        }
        double ll = 0;
        double[] cellW = ws.cellW;
        double[] cellDw = ws.cellDw;
        double[] logMuR = ws.logMuR;
        int[] slot = ws.slot;
        java.util.Arrays.fill(cellW, 0);
        java.util.Arrays.fill(cellDw, 0);
        for (int j = 0; j < y.length; j++) {
            // r log(1 + mu alpha) = r (log alpha + log(mu + r)): one logarithm per sample instead of two
            // (per sample: at tiny alpha both terms are ~1e14 and must cancel before they are summed)
            double lmr = Math.log(mu[j] + r);
            logMuR[j] = lmr;
            ll += ratio[slot[j]] - (y[j] + r) * lmr - r * logAlpha;
            double w = mu[j] / (1 + alpha * mu[j]);
            int c = gram.cellOf(j);
            cellW[c] += w;
            cellDw[c] -= w * w;
        }
        if (exact) {
            // DESeq2: sum(lgamma(y + 1/alpha) - lgammafn(1/alpha) - y log(mu + 1/alpha) - 1/alpha log(1 + mu alpha))
            double lgammaRDeseq2 = Nmath.lgammafn(r);
            ll = 0;
            for (int j = 0; j < y.length; j++) {
                ll += Nmath.lgammafn(y[j] + r) - lgammaRDeseq2 - y[j] * logMuR[j] - r * Math.log(1.0 + mu[j] * alpha);
            }
        }
        gram.ofCells(cellW, ws.b);
        ws.factored = CholeskyWork.factor(ws.b, ws.p);
        ws.evaluatedAt = logAlpha;
        double cr = ws.factored ? -0.5 * CholeskyWork.logDeterminant(ws.b, ws.p) : Double.NEGATIVE_INFINITY;
        double dev = logAlpha - prior.mean();
        return ll + -0.5 * dev * dev / prior.variance() * prior.weight() + cr;
    }

    /**
     * lgamma(y + r) - lgamma(r); for small counts as the log of a short product, which is faster and exact.
     * Larger counts leave the logarithm of their (shifted) argument in logShifted[j] for {@link #digammaDifference}
     * (j is the count's slot among the gene's distinct counts).
     */
    static double logGammaRatio(int y, double r, double lgammaR, double[] logShifted, int j) {
        if (y == 0) {
            return 0;
        }
        if (y <= 8) {
            double prod = r;
            for (int k = 1; k < y; k++) {
                prod *= r + k;
            }
            return Math.log(prod);
        }
        return GammaFunctions.logGamma(y + r, logShifted, j) - lgammaR;
    }

    /** digamma(y + r) - digamma(r): for small counts as a short sum, else from the logarithm logGammaRatio kept. */
    static double digammaDifference(int y, double r, double digammaR, double logShifted) {
        if (y <= 8) {
            double s = 0;
            for (int k = 0; k < y; k++) {
                s += 1 / (r + k);
            }
            return s;
        }
        return GammaFunctions.digamma(y + r, logShifted) - digammaR;
    }

    /** Derivative of {@link #logPosterior} with respect to log(alpha); call it after logPosterior at the same point. */
    double dLogPosterior(Workspace ws, double logAlpha, int[] y, double[] mu, Prior prior) {
        if (ws.evaluatedAt != logAlpha) {
            logPosterior(ws, logAlpha, y, mu, prior);
        }
        double alpha = Math.exp(logAlpha);
        double r = 1 / alpha;
        double digammaR = GammaFunctions.digamma(r);
        double[] digammaDiff = ws.digammaDiff;
        int[] distinct = ws.distinct;
        double[] logShifted = ws.logShifted;
        for (int k = 0; k < ws.distinctCount; k++) {
            digammaDiff[k] = digammaDifference(distinct[k], r, digammaR, logShifted[k]);
        }
        double s = 0;
        double[] logMuR = ws.logMuR;
        int[] slot = ws.slot;
        for (int j = 0; j < y.length; j++) {
            double muR = mu[j] + r;
            s += logAlpha + logMuR[j] - digammaDiff[slot[j]] + (y[j] - mu[j]) / muR;
        }
        double dll = s / (alpha * alpha);
        double dcr = 0;
        if (ws.factored) {
            // d/dalpha of -0.5 log det(X'WX) = -0.5 tr((X'WX)^-1 X' dW X)
            dcr = -0.5 * CholeskyWork.traceOfSolve(ws.b, ws.p, gram.cellRows(), ws.cellDw, ws.solve);
        }
        return (dll + dcr) * alpha + -(logAlpha - prior.mean()) / prior.variance() * prior.weight();
    }
}
