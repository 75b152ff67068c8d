package org.gluegraph.expression.internal;

import org.gluegraph.shared.Parallel;

/**
 * Gene-wise dispersion estimates: the maximum of the Cox-Reid adjusted profile likelihood, started from the
 * smaller of a rough moments estimate from a linear fit and the method-of-moments estimate. The means come from
 * a linear fit on normalised counts when the design has one coefficient per group of samples, otherwise from
 * the GLM at the starting dispersion; either way bounded below by 0.5.
 */
final class EstimateDispersionsGeneEst {

    static final double MIN_DISP = 1e-8;

    /** Per gene (NaN/null for genes without reads): estimate, iterations, and the means used. */
    record Estimates(double[] dispGeneEst, int[] iterations, double[][] mu) {
    }

    private EstimateDispersionsGeneEst() {
    }

    static Estimates estimate(CountData data, ModelMatrix design, int threads) {
        int genes = data.genes();
        int m = data.samples();
        int p = design.coefficients();
        double maxDisp = Math.max(10, m);
        boolean linearMu = design.cells() == p;
        LinearModelMu linear = new LinearModelMu(design);
        FitNbinomGLMs glm = new FitNbinomGLMs(design, data.sizeFactors);
        FitDisp fitDisp = new FitDisp(design.x());
        double xim = 0;
        for (double s : data.sizeFactors) {
            xim += 1 / s;
        }
        double meanInverseSizeFactor = xim / m;

        double[] est = new double[genes];
        int[] iters = new int[genes];
        double[][] mus = new double[genes][];
        Parallel.forEach(genes, threads, g -> {
            if (data.allZero[g]) {
                est[g] = Double.NaN;
                return;
            }
            int[] y = data.counts[g];
            double[] norm = new double[m];
            for (int j = 0; j < m; j++) {
                norm[j] = data.normalized(g, j);
            }
            // roughDispEstimate: moments around a linear fit (means at least 1)
            double[] lin = linear.fitted(norm);
            double rough = 0;
            for (int j = 0; j < m; j++) {
                double mu = Math.max(1, lin[j]);
                rough += ((norm[j] - mu) * (norm[j] - mu) - mu) / (mu * mu);
            }
            rough = Math.max(rough / (m - p), 0);
            double bm = data.baseMean[g];
            double moments = (data.baseVar[g] - meanInverseSizeFactor * bm) / (bm * bm);
            double init = Math.min(Math.max(MIN_DISP, Math.min(rough, moments)), maxDisp);

            double[] mu;
            if (linearMu) {
                mu = new double[m];
                for (int j = 0; j < m; j++) {
                    mu[j] = lin[j] * data.sizeFactors[j];
                }
            } else {
                mu = glm.fit(y, init).mu();
            }
            for (int j = 0; j < m; j++) {
                mu[j] = Math.max(mu[j], FitNbinomGLMs.MIN_MU);
            }
            double logInit = Math.log(init);
            FitDisp.Result r = fitDisp.lineSearch(y, mu, logInit, FitDisp.Prior.NONE, Math.log(MIN_DISP / 10));
            double disp = Math.min(Math.exp(r.logAlpha()), maxDisp);
            // a search that did not raise the likelihood keeps its starting value
            if (r.lastLogPosterior() < r.initialLogPosterior() + Math.abs(r.initialLogPosterior()) / 1e6) {
                disp = init;
            }
            boolean converged = r.iterations() < FitDisp.MAXIT && r.iterations() != 1;
            if (!converged && disp > MIN_DISP * 10) {
                disp = Math.exp(fitDisp.grid(y, mu, FitDisp.Prior.NONE));
            }
            est[g] = Math.min(Math.max(disp, MIN_DISP), maxDisp);
            iters[g] = r.iterations();
            mus[g] = mu;
        });
        return new Estimates(est, iters, mus);
    }
}
