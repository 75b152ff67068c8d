package org.gluegraph.expression.internal;

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
     */
    static double estimate(double[] residualsAboveMin, double varLogDispEsts, int m, int p) {
        int df = m - p;
        if (df > 3) {
            return Math.max(varLogDispEsts - Trigamma.value(df / 2.0), MIN_PRIOR_VAR);
        }
        if (df <= 0) {
            return varLogDispEsts;
        }
        return simulate(residualsAboveMin, df).dispPriorVar();
    }

    /** The simulated estimate for 1 to 3 residual degrees of freedom, with its intermediate values. */
    static Simulation simulate(double[] residualsAboveMin, int df) {
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
        double[] chisq = new double[DRAWS];
        double[] randDist = new double[DRAWS];
        int[] counts = new int[hist.bins()];
        double[] terms = new double[hist.bins()];
        for (int g = 0; g < GRID; g++) {
            // the draws in R's order: all chi-squares, then all normals
            for (int i = 0; i < DRAWS; i++) {
                chisq[i] = random.rchisq(df);
            }
            double sd = Math.sqrt(grid[g]);
            int kept = 0;
            for (int i = 0; i < DRAWS; i++) {
                double v = Math.log(chisq[i]) + random.rnorm(0, sd) - logDf;
                if (v > -LIMIT && v < LIMIT) {
                    randDist[kept++] = v;
                }
            }
            java.util.Arrays.fill(counts, 0);
            hist.addCounts(randDist, kept, counts);
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
            for (int b = 0; b < counts.length; b++) {
                terms[b] = obsDensity[b] * (Math.log(obsDensity[b] + small) - Math.log(randDensity[b] + small));
            }
            kl[g] = RSum.sum(terms, terms.length);
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
