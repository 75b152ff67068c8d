package org.gluegraph.expression.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.api.Test;

/** The fast kernels of the dispersion search against the straightforward computations they replace. */
class NumericKernelsTest {

    @Test
    void logGammaAndDigammaMatchCommonsNumbers() {
        // the dispersion search calls them with r = 1/alpha >= 1/max(10, samples) and with y + r
        for (double x = 1e-3; x < 1e4; x *= 1.001) {
            double lg = LogGamma.value(x);
            assertEquals(lg, GammaFunctions.logGamma(x), 3e-14 * Math.max(1, Math.abs(lg)), "lgamma(" + x + ")");
            double dg = Digamma.value(x);
            assertEquals(dg, GammaFunctions.digamma(x), 3e-14 * Math.max(1, Math.abs(dg)), "digamma(" + x + ")");
        }
    }

    @Test
    void theDerivativeReusesExactlyTheLogarithmsOfTheLikelihood() {
        // logGamma(x, logs, j) keeps its logarithm so that digamma(x, log) needs none: both must equal the
        // one-argument functions bit for bit, or the line search would take a different path
        double[] logs = new double[1];
        for (double x = 9.0001; x < 1e5; x *= 1.0007) {
            assertEquals(GammaFunctions.logGamma(x), GammaFunctions.logGamma(x, logs, 0), 0, "lgamma(" + x + ")");
            assertEquals(GammaFunctions.digamma(x), GammaFunctions.digamma(x, logs[0]), 0, "digamma(" + x + ")");
        }
    }

    @Test
    void aDerivativeAfterATrialElsewhereIsTheFreshDerivative() {
        // dLogPosterior reuses the state of the last logPosterior only when it was taken at the same alpha
        double[][] x = {{1, 0}, {1, 0}, {1, 0}, {1, 1}, {1, 1}, {1, 1}};
        int[] y = {3, 15, 40, 120, 9, 300};
        double[] mu = {20, 21, 19, 140, 150, 135};
        FitDisp fit = new FitDisp(x);
        FitDisp.Prior prior = FitDisp.Prior.normal(-1, 0.5);
        FitDisp.Workspace fresh = new FitDisp.Workspace(2, 2, y.length);
        double expected = fit.dLogPosterior(fresh, -0.7, y, mu, prior);
        FitDisp.Workspace used = new FitDisp.Workspace(2, 2, y.length);
        fit.logPosterior(used, 1.3, y, mu, prior);
        assertEquals(expected, fit.dLogPosterior(used, -0.7, y, mu, prior), 0);
        fit.logPosterior(used, -0.7, y, mu, prior);
        assertEquals(expected, fit.dLogPosterior(used, -0.7, y, mu, prior), 0);
        // and the derivative is the slope of the log posterior
        double h = 1e-5;
        double slope = (fit.logPosterior(used, -0.7 + h, y, mu, prior) - fit.logPosterior(used, -0.7 - h, y, mu, prior))
                / (2 * h);
        assertEquals(slope, expected, 1e-5 * Math.max(1, Math.abs(expected)));
    }

    @Test
    void selectionMedianAndTrimmedMeanEqualSortedVersions() {
        Random random = new Random(7);
        for (int t = 0; t < 5000; t++) {
            int n = 1 + random.nextInt(150);
            double[] v = new double[n];
            int kind = t % 3;
            for (int i = 0; i < n; i++) {
                // continuous values, many ties, and heavy-tailed counts
                v[i] = kind == 0 ? random.nextGaussian() * 100 : kind == 1 ? random.nextInt(5)
                        : Math.floor(Math.exp(random.nextGaussian() * 3));
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            assertEquals(median, EstimateSizeFactors.median(v, n), 0.0);
            for (double trim : new double[] {1.0 / 3, 1.0 / 4, 0.2, 1.0 / 8}) {
                int lo = (int) Math.floor(n * trim);
                double sum = 0;
                for (int i = lo; i < n - lo; i++) {
                    sum += sorted[i];
                }
                double expected = sum / (n - 2 * lo);
                assertEquals(expected, CooksDistance.trimmedMean(v, trim), 1e-11 * Math.max(1, Math.abs(expected)));
            }
        }
    }

    @Test
    void inPlaceCholeskyAgreesWithSmallMatrix() {
        Random random = new Random(11);
        for (int p = 1; p <= 5; p++) {
            double[][] x = new double[12][p];
            for (double[] row : x) {
                for (int i = 0; i < p; i++) {
                    row[i] = random.nextGaussian();
                }
            }
            double[] w = new double[12];
            double[] dw = new double[12];
            for (int j = 0; j < 12; j++) {
                w[j] = 0.1 + random.nextDouble();
                dw[j] = -w[j] * w[j];
            }
            double[][] b = SmallMatrix.crossprod(x, w);
            double[][] d = SmallMatrix.crossprod(x, dw);
            double[][] l = SmallMatrix.cholesky(b);
            double[][] inv = SmallMatrix.inverse(l);
            double trace = 0;
            for (int i = 0; i < p; i++) {
                for (int k = 0; k < p; k++) {
                    trace += inv[i][k] * d[k][i];
                }
            }
            double[] flatB = flat(b);
            assertTrue(CholeskyWork.factor(flatB, p));
            assertEquals(SmallMatrix.logDeterminant(l), CholeskyWork.logDeterminant(flatB, p), 1e-12);
            // the same trace from the rows and weights, as the dispersion search computes it
            assertEquals(trace, CholeskyWork.traceOfSolve(flatB, p, x, dw, new double[2 * p]),
                    1e-10 * Math.max(1, Math.abs(trace)));
        }
        assertFalse(CholeskyWork.factor(new double[] {1, 2, 2, 1}, 2), "indefinite matrix");
    }

    private static double[] flat(double[][] a) {
        int p = a.length;
        double[] f = new double[p * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], 0, f, i * p, p);
        }
        return f;
    }
}
