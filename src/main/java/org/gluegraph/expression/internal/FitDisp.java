package org.gluegraph.expression.internal;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

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

    record Result(double logAlpha, int iterations, double initialLogPosterior, double lastLogPosterior) {
    }

    private final double[][] x;

    FitDisp(double[][] x) {
        this.x = x;
    }

    Result lineSearch(int[] y, double[] mu, double logAlpha, double priorMean, double priorVar, boolean usePrior,
            double minLogAlpha) {
        double a = logAlpha;
        double lp = logPosterior(a, y, mu, priorMean, priorVar, usePrior);
        double dlp = dLogPosterior(a, y, mu, priorMean, priorVar, usePrior);
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
            double thetaKappa = -logPosterior(a + kappa * dlp, y, mu, priorMean, priorVar, usePrior);
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
                dlp = dLogPosterior(a, y, mu, priorMean, priorVar, usePrior);
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

    /** A 20-point grid over [log 1e-8, log max(10, samples)], refined by 20 points around the best. */
    double grid(int[] y, double[] mu, double priorMean, double priorVar, boolean usePrior) {
        double lo = Math.log(1e-8);
        double hi = Math.log(Math.max(10, y.length));
        int n = 20;
        double delta = (hi - lo) / (n - 1);
        double best = lo;
        double bestLp = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double a = i == n - 1 ? hi : lo + i * delta;
            double lp = logPosterior(a, y, mu, priorMean, priorVar, usePrior);
            if (lp > bestLp) {
                bestLp = lp;
                best = a;
            }
        }
        double from = best - delta;
        double step = 2 * delta / (n - 1);
        double fine = best;
        bestLp = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double a = from + i * step;
            double lp = logPosterior(a, y, mu, priorMean, priorVar, usePrior);
            if (lp > bestLp) {
                bestLp = lp;
                fine = a;
            }
        }
        return fine;
    }

    /** Negative binomial log likelihood (up to terms free of alpha), Cox-Reid term and optional prior. */
    double logPosterior(double logAlpha, int[] y, double[] mu, double priorMean, double priorVar, boolean usePrior) {
        double alpha = Math.exp(logAlpha);
        double r = 1 / alpha;
        double lgammaR = LogGamma.value(r);
        double ll = 0;
        double[] w = new double[mu.length];
        for (int j = 0; j < y.length; j++) {
            ll += logGammaRatio(y[j], r, lgammaR) - y[j] * Math.log(mu[j] + r) - r * Math.log(1 + mu[j] * alpha);
            w[j] = 1 / (1 / mu[j] + alpha);
        }
        double[][] l = SmallMatrix.cholesky(SmallMatrix.crossprod(x, w));
        double cr = l == null ? Double.NEGATIVE_INFINITY : -0.5 * SmallMatrix.logDeterminant(l);
        double prior = usePrior ? -0.5 * (logAlpha - priorMean) * (logAlpha - priorMean) / priorVar : 0;
        return ll + prior + cr;
    }

    /** lgamma(y + r) - lgamma(r); for small counts as the log of a short product, which is faster and exact. */
    static double logGammaRatio(int y, double r, double lgammaR) {
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
        return LogGamma.value(y + r) - lgammaR;
    }

    /** digamma(y + r) - digamma(r), for small counts as a short sum. */
    static double digammaDifference(int y, double r, double digammaR) {
        if (y <= 8) {
            double s = 0;
            for (int k = 0; k < y; k++) {
                s += 1 / (r + k);
            }
            return s;
        }
        return Digamma.value(y + r) - digammaR;
    }

    /** Derivative of {@link #logPosterior} with respect to log(alpha). */
    double dLogPosterior(double logAlpha, int[] y, double[] mu, double priorMean, double priorVar,
            boolean usePrior) {
        double alpha = Math.exp(logAlpha);
        double r = 1 / alpha;
        double digammaR = Digamma.value(r);
        double s = 0;
        int m = y.length;
        double[] w = new double[m];
        double[] dw = new double[m];
        for (int j = 0; j < m; j++) {
            double ma = mu[j] * alpha;
            s += Math.log(1 + ma) - ma / (1 + ma) - digammaDifference(y[j], r, digammaR) + y[j] / (mu[j] + r);
            double inv = 1 / mu[j] + alpha;
            w[j] = 1 / inv;
            dw[j] = -1 / (inv * inv);
        }
        double dll = s / (alpha * alpha);
        double[][] l = SmallMatrix.cholesky(SmallMatrix.crossprod(x, w));
        double dcr = 0;
        if (l != null) {
            double[][] bInv = SmallMatrix.inverse(l);
            double[][] db = SmallMatrix.crossprod(x, dw);
            double trace = 0;
            for (int i = 0; i < bInv.length; i++) {
                for (int k = 0; k < bInv.length; k++) {
                    trace += bInv[i][k] * db[k][i];
                }
            }
            dcr = -0.5 * trace;
        }
        double prior = usePrior ? -(logAlpha - priorMean) / priorVar : 0;
        return (dll + dcr) * alpha + prior;
    }
}
