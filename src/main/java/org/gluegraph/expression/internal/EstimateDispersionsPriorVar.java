package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.numbers.gamma.Trigamma;

/**
 * Width of the log-normal prior on dispersions (DESeq2 1.38.3's estimateDispersionsPriorVar): the observed
 * variance of the log dispersion residuals minus the part expected from sampling, trigamma((m - p) / 2), at least
 * 0.25. With one to three residual degrees of freedom that difference is unreliable, and DESeq2 matches instead
 * the histogram of the residuals to simulated ones: after set.seed(2), for each of 200 variances x in
 * seq(0, 8, length = 200), log(rchisq(1e4, m - p)) + rnorm(1e4, 0, sqrt(x)) - log(m - p); both histograms on the
 * breaks -20:20/2 (values outside (-10, 10) dropped); their Kullback-Leibler divergence, both densities offset by
 * the smallest positive one; loess(kl ~ x, span = 0.2) predicted on seq(0, 8, length = 1000); the variance of the
 * least predicted divergence, at least 0.25. This class runs that procedure with R's own random streams
 * ({@link RRandom}, {@link RDistributions}), histogram ({@link RHist}), sum ({@link RSum}) and loess
 * ({@link Loess}), so it lands on DESeq2's grid value.
 */
final class EstimateDispersionsPriorVar {

    static final int SEED = 2;
    static final int GRID = 200;
    static final int FINE_GRID = 1000;
    static final int DRAWS = 10_000;
    static final double MAX_VARIANCE = 8;
    static final double SPAN = 0.2;
    static final double MIN_PRIOR_VAR = 0.25;
    private static final double LIMIT = 10; // the outer breaks, -10 and 10

    /** The simulated path's intermediate values, as DESeq2 names them. */
    record Simulation(double[] obsVarGrid, double[] klDivs, double[] obsVarFineGrid, double[] lofitFitted,
            double dispPriorVar) {
    }

    private EstimateDispersionsPriorVar() {
    }

    /**
     * @param residualsAboveMin log(dispGeneEst) - log(dispFit) of the genes that are not all zero and whose
     *     gene-wise estimate is at least 100 minDisp
     * @param varLogDispEsts the trend fit's variance of those residuals (DESeq2's attribute of that name)
     * @param m samples
     * @param p coefficients of the design
     * @param threads 1, or 2 or more to split the simulation in two (same result)
     */
    static double estimate(double[] residualsAboveMin, double varLogDispEsts, int m, int p, int threads) {
        int df = m - p;
        if (df > 3) {
            return Math.max(varLogDispEsts - Trigamma.value(df / 2.0), MIN_PRIOR_VAR);
        }
        if (df <= 0) {
            return varLogDispEsts;
        }
        return simulate(residualsAboveMin, df, threads).dispPriorVar();
    }

    /** The simulated estimate for 1 to 3 residual degrees of freedom, with its intermediate values. */
    static Simulation simulate(double[] residualsAboveMin, int df) {
        return simulate(residualsAboveMin, df, 1);
    }

    /**
     * As {@link #simulate(double[], int)}; with threads &gt; 1 the work is split in two, with the same numbers: the
     * chi-square draws stay on the calling thread (each takes a number of uniforms that depends on the previous
     * ones, so they are sequential), which then jumps the stream over the 10,000 normals (two uniforms each) and
     * leaves them, drawn from a copy of the stream at their position, to a second thread with the logarithms,
     * the histogram and the divergence.
     */
    static Simulation simulate(double[] residualsAboveMin, int df, int threads) {
        if (df < 1 || df > 3) {
            throw new IllegalArgumentException("the simulated prior width is for 1 to 3 residual df, not " + df);
        }
        RHist hist = new RHist(breaks());
        double[] obs = new double[residualsAboveMin.length];
        int nObs = 0;
        for (double r : residualsAboveMin) {
            if (r > -LIMIT && r < LIMIT) {
                obs[nObs++] = r;
            }
        }
        if (nObs == 0) {
            throw new DeseqInputException("no gene has a dispersion residual within (-10, 10) above the minimum"
                    + " dispersion; DESeq2's prior width cannot be estimated (it stops here too)");
        }
        double[] obsDensity = hist.density(hist.counts(obs, nObs), nObs);

        double[] grid = seq(MAX_VARIANCE, GRID);
        double[] kl = new double[GRID];
        RDistributions random = new RDistributions(RRandom.setSeed(SEED));
        double logDf = Math.log(df);
        ExecutorService second = threads > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dispersion-prior-histograms");
            t.setDaemon(true);
            return t;
        }) : null;
        // chi-square buffers in flight: the drawing thread waits when the other is this far behind
        BlockingQueue<double[]> buffers = new ArrayBlockingQueue<>(3);
        for (int i = 0; i < 3; i++) {
            buffers.add(new double[DRAWS]);
        }
        List<Future<?>> pending = new ArrayList<>();
        try {
            for (int g = 0; g < GRID; g++) {
                // the draws in R's order: rchisq(1e4, df), then rnorm(1e4, 0, sqrt(x))
                double[] chisq = buffers.take();
                random.rchisq(df, chisq, DRAWS);
                double sd = Math.sqrt(grid[g]);
                RDistributions normals = new RDistributions(random.random().copy());
                random.skipRnorm(DRAWS, 0, sd);
                int index = g;
                Runnable divergence = () -> {
                    try {
                        kl[index] = divergence(hist, obsDensity, chisq, normals, sd, logDf);
                    } finally {
                        buffers.add(chisq);
                    }
                };
                if (second == null) {
                    divergence.run();
                } else {
                    pending.add(second.submit(divergence));
                }
            }
            org.gluegraph.shared.Parallel.await(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (second != null) {
                second.shutdownNow();
            }
        }
        Loess lofit = Loess.fit(grid, kl, SPAN, 2);
        double[] fine = seq(MAX_VARIANCE, FINE_GRID);
        double[] fitted = lofit.predict(fine);
        int argmin = 0;
        for (int i = 1; i < fitted.length; i++) {
            if (fitted[i] < fitted[argmin]) {
                argmin = i;
            }
        }
        return new Simulation(grid, kl, fine, fitted, Math.max(fine[argmin], MIN_PRIOR_VAR));
    }

    /**
     * One grid point: randDist = log(chisq) + rnorm(1e4, 0, sd) - log(df), its histogram on (-10, 10) and
     * sum(obs * (log(obs + small) - log(rand + small))), small the least positive density of the two.
     */
    private static double divergence(RHist hist, double[] obsDensity, double[] chisq, RDistributions normals,
            double sd, double logDf) {
        int[] counts = new int[hist.bins()];
        int kept = 0;
        for (int i = 0; i < DRAWS; i++) {
            double v = Math.log(chisq[i]) + normals.rnorm(0, sd) - logDf;
            if (v > -LIMIT && v < LIMIT) {
                counts[hist.bin(v)]++;
                kept++;
            }
        }
        double[] randDensity = hist.density(counts, kept);
        double small = Double.POSITIVE_INFINITY;
        for (int b = 0; b < counts.length; b++) {
            if (obsDensity[b] > 0) {
                small = Math.min(small, obsDensity[b]);
            }
            if (randDensity[b] > 0) {
                small = Math.min(small, randDensity[b]);
            }
        }
        double[] terms = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            terms[b] = obsDensity[b] * (Math.log(obsDensity[b] + small) - Math.log(randDensity[b] + small));
        }
        return RSum.sum(terms, terms.length);
    }

    /** -20:20/2. */
    static double[] breaks() {
        double[] b = new double[41];
        for (int i = 0; i < b.length; i++) {
            b[i] = (i - 20) / 2.0;
        }
        return b;
    }

    /** seq(from = 0, to = to, length = length) as R computes it: 0, i * (to / (length - 1)), to. */
    static double[] seq(double to, int length) {
        double[] s = new double[length];
        double by = to / (length - 1);
        for (int i = 1; i < length - 1; i++) {
            s[i] = i * by;
        }
        s[length - 1] = to;
        return s;
    }
}
