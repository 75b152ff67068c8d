package org.gluegraph.expression.internal;

import org.gluegraph.shared.Parallel;

/**
 * Maximum a posteriori dispersions: each gene's Cox-Reid likelihood times a log-normal prior centred on the
 * trend. Genes whose own estimate lies more than two prior standard deviations (sqrt(varLogDispEsts)) above
 * the trend are dispersion outliers and keep their gene-wise estimate.
 */
final class EstimateDispersionsMAP {

    record Estimates(double[] dispFit, double[] dispersion, boolean[] dispOutlier, double priorVar) {
    }

    private EstimateDispersionsMAP() {
    }

    static double priorVariance(CountData data, ModelMatrix design, double[] dispGeneEst,
            EstimateDispersionsFit.Trend trend, int threads) {
        double minDisp = EstimateDispersionsGeneEst.MIN_DISP;
        double[] residuals = new double[data.genes()];
        int n = 0;
        for (int g = 0; g < data.genes(); g++) {
            if (!data.allZero[g] && dispGeneEst[g] >= 100 * minDisp) {
                residuals[n++] = Math.log(dispGeneEst[g]) - Math.log(trend.at(data.baseMean[g]));
            }
        }
        return EstimateDispersionsPriorVar.estimate(java.util.Arrays.copyOf(residuals, n),
                trend.varLogDispEsts(), design.samples(), design.coefficients(), threads);
    }

    static Estimates estimate(CountData data, ModelMatrix design, EstimateDispersionsGeneEst.Estimates geneEst,
            EstimateDispersionsFit.Trend trend, double priorVar, int threads) {
        int genes = data.genes();
        double minDisp = EstimateDispersionsGeneEst.MIN_DISP;
        double maxDisp = Math.max(10, data.samples());
        double[] fit = new double[genes];
        double[] disp = new double[genes];
        boolean[] outlier = new boolean[genes];
        FitDisp fitDisp = new FitDisp(design.x());
        double outlierBound = 2 * Math.sqrt(trend.varLogDispEsts());
        Parallel.forEach(genes, threads, g -> {
            if (data.allZero[g]) {
                fit[g] = Double.NaN;
                disp[g] = Double.NaN;
                return;
            }
            int[] y = data.counts[g];
            double[] mu = geneEst.mu()[g];
            double dispFit = trend.at(data.baseMean[g]);
            double gene = geneEst.dispGeneEst()[g];
            double init = gene > 0.1 * dispFit ? gene : dispFit;
            double priorMean = Math.log(dispFit);
            FitDisp.Result r = fitDisp.lineSearch(y, mu, Math.log(init), FitDisp.Prior.normal(priorMean, priorVar),
                    Math.log(minDisp / 10));
            double map = Math.exp(r.logAlpha());
            if (r.iterations() >= FitDisp.MAXIT) {
                map = Math.exp(fitDisp.grid(y, mu, FitDisp.Prior.normal(priorMean, priorVar)));
            }
            map = Math.min(Math.max(map, minDisp), maxDisp);
            boolean isOutlier = Math.log(gene) > Math.log(dispFit) + outlierBound;
            fit[g] = dispFit;
            outlier[g] = isOutlier;
            disp[g] = isOutlier ? gene : map;
        });
        return new Estimates(fit, disp, outlier, priorVar);
    }
}
