package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * DESeq() followed by results(contrast = ...), with DESeq2 1.38's defaults: size factors, gene-wise
 * dispersions, the trend, MAP dispersions, the Wald test, outlier replacement and refitting for cells with
 * enough replicates, then the results table with Cook's filtering and independent filtering.
 */
public final class DeseqPipeline {

    private DeseqPipeline() {
    }

    public static DeseqOutcome run(DeseqInput input, List<String> designFactors, ContrastSpec contrast,
            DeseqOptions options, ProgressListener progress) {
        int m = input.sampleIds().size();
        int genes = input.geneIds().size();
        if (input.counts().length != genes) {
            throw new DeseqInputException("count matrix has " + input.counts().length + " rows for " + genes
                    + " gene ids");
        }
        for (int g = 0; g < genes; g++) {
            if (input.counts()[g].length != m) {
                throw new DeseqInputException("gene " + input.geneIds().get(g) + " has "
                        + input.counts()[g].length + " counts for " + m + " samples");
            }
        }
        ModelMatrix design = ModelMatrix.build(designFactors, input.factors(), contrast, m);
        int threads = options.threads();
        Clock clock = new Clock(progress);

        double[] sizeFactors = EstimateSizeFactors.estimate(input.counts(), m, threads);
        CountData data = new CountData(input.counts(), sizeFactors);
        clock.step("estimateSizeFactors");

        EstimateDispersionsGeneEst.Estimates geneEst = EstimateDispersionsGeneEst.estimate(data, design, threads);
        clock.step("estimateDispersionsGeneEst");
        EstimateDispersionsFit.Trend trend = EstimateDispersionsFit.fit(data, geneEst.dispGeneEst());
        clock.step("estimateDispersionsFit (" + trend.type() + ")");
        double priorVar = EstimateDispersionsMAP.priorVariance(data, design, geneEst.dispGeneEst(), trend, threads);
        clock.step("estimateDispersionsPriorVar");
        EstimateDispersionsMAP.Estimates map =
                EstimateDispersionsMAP.estimate(data, design, geneEst, trend, priorVar, threads);
        clock.step("estimateDispersionsMAP");

        NbinomWaldTest.Fits wald = NbinomWaldTest.fit(data, design, map.dispersion(), threads);
        clock.step("nbinomWaldTest");

        double[] dispGeneEst = geneEst.dispGeneEst().clone();
        double[] dispFit = map.dispFit().clone();
        double[] dispersion = map.dispersion().clone();
        boolean[] dispOutlier = map.dispOutlier().clone();
        FitNbinomGLMs.Fit[] fits = wald.fits().clone();
        double[] maxCooks = wald.maxCooks().clone();
        boolean[] replaced = new boolean[genes];
        CountData forResults = data;

        boolean sufficientReps = false;
        for (boolean b : design.inCellOfAtLeast(options.minReplicatesForReplace())) {
            sufficientReps |= b;
        }
        if (sufficientReps && m > design.coefficients()) {
            ReplaceOutliers.Replacement rep =
                    ReplaceOutliers.replace(data, design, wald.cooks(), options.minReplicatesForReplace());
            int nrefit = 0;
            for (boolean b : rep.replace()) {
                nrefit += b ? 1 : 0;
            }
            if (nrefit > 0) {
                CountData replacedData = new CountData(rep.counts(), sizeFactors);
                List<Integer> refit = new ArrayList<>();
                for (int g = 0; g < genes; g++) {
                    if (rep.replace()[g] && !replacedData.allZero[g]) {
                        refit.add(g);
                    }
                }
                refitWithoutOutliers(replacedData, design, trend, priorVar, refit, threads, dispGeneEst, dispFit,
                        dispersion, dispOutlier, fits);
                // genes that replacement left without reads lose their results (DESeq2 sets the columns of type
                // "results" to NA); their dispersions, of type "intermediate", stay those of the original counts
                for (int g = 0; g < genes; g++) {
                    if (rep.replace()[g] && replacedData.allZero[g]) {
                        fits[g] = null;
                    }
                }
                // outliers in replaceable samples are dealt with; only the others can still flag a gene
                boolean allReplaceable = true;
                for (boolean b : rep.replaceable()) {
                    allReplaceable &= b;
                }
                for (int g = 0; g < genes; g++) {
                    if (allReplaceable || wald.cooks()[g] == null) {
                        maxCooks[g] = Double.NaN;
                        continue;
                    }
                    double[] c = wald.cooks()[g].clone();
                    for (int j = 0; j < m; j++) {
                        if (rep.replaceable()[j]) {
                            c[j] = 0;
                        }
                    }
                    maxCooks[g] = CooksDistance.maxCooks(c, design);
                }
                replaced = rep.replace();
                forResults = replacedData;
                clock.step("refitWithoutOutliers (" + refit.size() + " genes)");
            }
        }

        Results.Table table = Results.compute(new Results.Fitted(data, forResults.baseMean, forResults.allZero,
                replaced, fits, wald.cooks(), maxCooks), design, contrast, input.factors(), designFactors.size(),
                options);
        clock.step("results");
        if (options.lfcShrinkNormal()) {
            LfcShrink.Shrunk shrunk = LfcShrink.normal(data, design,
                    design.expanded(designFactors, input.factors(), contrast), fits, forResults.baseMean, dispFit,
                    dispersion, forResults.allZero, threads);
            table = Results.withShrunkenFoldChanges(table, shrunk, data, forResults.baseMean, replaced, contrast,
                    input.factors());
            clock.step("lfcShrink (normal)");
        }

        List<GeneResult> results = new ArrayList<>(genes);
        List<GeneDetails> details = new ArrayList<>(genes);
        for (int g = 0; g < genes; g++) {
            String id = input.geneIds().get(g);
            results.add(new GeneResult(id, table.baseMean()[g], table.log2FoldChange()[g], table.lfcSE()[g],
                    table.stat()[g], table.pvalue()[g], table.padj()[g]));
            details.add(new GeneDetails(id, dispGeneEst[g], dispFit[g], dispersion[g], dispOutlier[g], maxCooks[g],
                    replaced[g], fits[g] != null && fits[g].converged()));
        }
        return new DeseqOutcome(input.sampleIds(), sizeFactors, results, details, trend.type(), priorVar);
    }

    /** Re-estimates dispersions and refits the genes whose counts were replaced, with the full data's trend and prior. */
    private static void refitWithoutOutliers(CountData replacedData, ModelMatrix design,
            EstimateDispersionsFit.Trend trend, double priorVar, List<Integer> refit, int threads,
            double[] dispGeneEst, double[] dispFit, double[] dispersion, boolean[] dispOutlier,
            FitNbinomGLMs.Fit[] fits) {
        if (refit.isEmpty()) {
            return;
        }
        int[][] sub = new int[refit.size()][];
        for (int i = 0; i < sub.length; i++) {
            sub[i] = replacedData.counts[refit.get(i)];
        }
        CountData subData = new CountData(sub, replacedData.sizeFactors);
        EstimateDispersionsGeneEst.Estimates ge = EstimateDispersionsGeneEst.estimate(subData, design, threads);
        EstimateDispersionsMAP.Estimates mp =
                EstimateDispersionsMAP.estimate(subData, design, ge, trend, priorVar, threads);
        NbinomWaldTest.Fits w = NbinomWaldTest.fit(subData, design, mp.dispersion(), threads);
        for (int i = 0; i < sub.length; i++) {
            int g = refit.get(i);
            dispGeneEst[g] = ge.dispGeneEst()[i];
            dispFit[g] = mp.dispFit()[i];
            dispersion[g] = mp.dispersion()[i];
            dispOutlier[g] = mp.dispOutlier()[i];
            fits[g] = w.fits()[i];
        }
    }

    /** Elapsed time per step for the progress listener. */
    private static final class Clock {
        private final ProgressListener listener;
        private long last = System.nanoTime();

        Clock(ProgressListener listener) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
        }

        void step(String name) {
            long now = System.nanoTime();
            listener.step(name, (now - last) / 1_000_000);
            last = now;
        }
    }
}
