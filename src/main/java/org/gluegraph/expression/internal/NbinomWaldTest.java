package org.gluegraph.expression.internal;

import org.gluegraph.shared.Parallel;

/**
 * Fits each gene's GLM at its final dispersion and records what the Wald test and the outlier rules need:
 * coefficients with their covariance, fitted means, Cook's distances and their maximum.
 */
final class NbinomWaldTest {

    record Fits(FitNbinomGLMs.Fit[] fits, double[][] cooks, double[] maxCooks) {
    }

    private NbinomWaldTest() {
    }

    static Fits fit(CountData data, ModelMatrix design, double[] dispersion, int threads) {
        int genes = data.genes();
        int m = data.samples();
        FitNbinomGLMs glm = new FitNbinomGLMs(design, data.sizeFactors);
        FitNbinomGLMs.Fit[] fits = new FitNbinomGLMs.Fit[genes];
        double[][] cooks = new double[genes][];
        double[] maxCooks = new double[genes];
        Parallel.forEach(genes, threads, g -> {
            if (data.allZero[g]) {
                maxCooks[g] = Double.NaN;
                return;
            }
            FitNbinomGLMs.Fit f = glm.fit(data.counts[g], dispersion[g]);
            fits[g] = f;
            double[] norm = new double[m];
            for (int j = 0; j < m; j++) {
                norm[j] = data.normalized(g, j);
            }
            cooks[g] = CooksDistance.forGene(data.counts[g], norm, f.mu(), f.hat(), design);
            maxCooks[g] = CooksDistance.maxCooks(cooks[g], design);
        });
        return new Fits(fits, cooks, maxCooks);
    }
}
