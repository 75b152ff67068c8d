package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * DESeq() followed by results(), with DESeq2 1.38's defaults: size factors, gene-wise dispersions, the trend, MAP
 * dispersions, the Wald test (or the likelihood-ratio test against a reduced design), outlier replacement and
 * refitting for cells with enough replicates, then the results table with Cook's filtering and independent
 * filtering.
 */
public final class DeseqPipeline {

    private DeseqPipeline() {
    }

    /** An additive design of factors and a factor contrast, Wald test: DESeq() then results(contrast = ...). */
    public static DeseqOutcome run(DeseqInput input, List<String> designFactors, ContrastSpec contrast,
            DeseqOptions options, ProgressListener progress) {
        return run(input, ModelFormula.additive(designFactors), TestSpec.wald(), ResultsSpec.of(contrast), options,
                progress);
    }

    /**
     * DESeq(dds, test = ...) on the design, then results() as the spec asks.
     *
     * @param design the full design formula; its variables must be in {@code input.variables()}
     */
    public static DeseqOutcome run(DeseqInput input, ModelFormula design, TestSpec test, ResultsSpec spec,
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
        Plan plan = plan(input, design, test, spec, options);
        ModelMatrix x = plan.full();
        int threads = options.threads();
        Clock clock = new Clock(progress);

        double[] sizeFactors = EstimateSizeFactors.estimate(input.counts(), m, threads);
        CountData data = new CountData(input.counts(), sizeFactors);
        clock.step("estimateSizeFactors");

        EstimateDispersionsGeneEst.Estimates geneEst = EstimateDispersionsGeneEst.estimate(data, x, threads);
        clock.step("estimateDispersionsGeneEst");
        EstimateDispersionsFit.Trend trend = EstimateDispersionsFit.fit(data, geneEst.dispGeneEst());
        clock.step("estimateDispersionsFit (" + trend.type() + ")");
        double priorVar = EstimateDispersionsMAP.priorVariance(data, x, geneEst.dispGeneEst(), trend, threads);
        clock.step("estimateDispersionsPriorVar");
        EstimateDispersionsMAP.Estimates map =
                EstimateDispersionsMAP.estimate(data, x, geneEst, trend, priorVar, threads);
        clock.step("estimateDispersionsMAP");

        NbinomWaldTest.Fits wald = NbinomWaldTest.fit(data, x, map.dispersion(), threads);
        clock.step(test.isLrt() ? "nbinomLRT (full model)" : "nbinomWaldTest");

        double[] dispGeneEst = geneEst.dispGeneEst().clone();
        double[] dispFit = map.dispFit().clone();
        double[] dispersion = map.dispersion().clone();
        boolean[] dispOutlier = map.dispOutlier().clone();
        FitNbinomGLMs.Fit[] fits = wald.fits().clone();
        double[] maxCooks = wald.maxCooks().clone();
        boolean[] replaced = new boolean[genes];
        CountData forResults = data;

        boolean sufficientReps = false;
        for (boolean b : x.inCellOfAtLeast(options.minReplicatesForReplace())) {
            sufficientReps |= b;
        }
        if (sufficientReps && m > x.coefficients()) {
            ReplaceOutliers.Replacement rep =
                    ReplaceOutliers.replace(data, x, wald.cooks(), options.minReplicatesForReplace());
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
                refitWithoutOutliers(replacedData, x, trend, priorVar, refit, threads, dispGeneEst, dispFit,
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
                    maxCooks[g] = CooksDistance.maxCooks(c, x);
                }
                replaced = rep.replace();
                forResults = replacedData;
                clock.step("refitWithoutOutliers (" + refit.size() + " genes)");
            }
        }

        Results.Lrt lrt = null;
        if (test.isLrt()) {
            lrt = NbinomLRT.test(forResults, plan.reduced(), test.reduced().isInterceptOnly(), fits, dispersion,
                    plan.lrtDf(), threads);
            clock.step("nbinomLRT (reduced model " + test.reduced().text() + ", " + plan.lrtDf() + " df)");
        }
        Results.Table table = Results.compute(new Results.Fitted(data, forResults.baseMean, forResults.allZero,
                replaced, fits, wald.cooks(), maxCooks), x, plan.contrast(), lrt,
                singleTwoLevelFactor(design, input.variables()), spec, options);
        clock.step("results");
        if (options.lfcShrinkNormal()) {
            ModelMatrix expanded = x.expanded(design.variables(), input.variables());
            LfcShrink.Shrunk shrunk = LfcShrink.normal(data, x, expanded, expanded.levelContrast(spec.contrast()),
                    fits, forResults.baseMean, dispFit, dispersion, forResults.allZero, threads);
            table = Results.withShrunkenFoldChanges(table, shrunk, data, forResults.baseMean, replaced,
                    plan.contrast().zeroTestSamples());
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
        String lfcType = options.lfcShrinkNormal() ? "MAP" : "MLE";
        String testDescription = test.isLrt()
                ? "LRT p-value: '" + design.text() + "' vs '" + test.reduced().text() + "'"
                : "Wald test p-value: " + plan.contrast().label() + (spec.ordinaryTest() ? ""
                        : " (lfcThreshold " + spec.lfcThreshold() + ", altHypothesis "
                                + spec.altHypothesis().rName() + ")");
        return new DeseqOutcome(input.sampleIds(), sizeFactors, results, details, trend.type(), priorVar,
                x.columns(),
                "log2 fold change (" + lfcType + "): " + plan.contrast().label(), testDescription);
    }

    /**
     * Everything {@link #run} refuses before it computes (model matrix of full rank with residual degrees of
     * freedom, the reported coefficient or contrast, the reduced design, the options that exclude each other), on
     * the design variables alone: {@code input} may have no genes. Returns the model's resultsNames.
     */
    public static List<String> check(DeseqInput input, ModelFormula design, TestSpec test, ResultsSpec spec,
            DeseqOptions options) {
        return plan(input, design, test, spec, options).full().columns();
    }

    /** The model matrices and the reported contrast, checked before any computation. */
    private record Plan(ModelMatrix full, ModelMatrix reduced, int lrtDf, ResultsContrast contrast) {
    }

    private static Plan plan(DeseqInput input, ModelFormula design, TestSpec test, ResultsSpec spec,
            DeseqOptions options) {
        int m = input.sampleIds().size();
        if (design.isInterceptOnly()) {
            throw new DeseqInputException("the design ~ 1 has no coefficient to test; name at least one variable");
        }
        ModelMatrix x = ModelMatrix.build(design, input.variables(), m);
        if (m <= x.coefficients()) {
            throw new DeseqInputException("the design " + design.text() + " has " + x.coefficients()
                    + " coefficients for " + m + " samples: no residual degrees of freedom to estimate dispersion"
                    + " (the number of samples must exceed the number of coefficients)");
        }
        ResultsContrast contrast = ResultsContrast.resolve(x, input.variables(), design, spec);
        ModelMatrix reduced = null;
        int df = 0;
        if (test.isLrt()) {
            if (options.lfcShrinkNormal()) {
                throw new DeseqInputException("the likelihood ratio test does not support lfcShrink normal"
                        + " (DESeq2: test='LRT' does not support use of LFC shrinkage)");
            }
            if (!spec.ordinaryTest()) {
                throw new DeseqInputException("tests of log fold change above or below a threshold must be Wald"
                        + " tests (DESeq2 refuses lfcThreshold with the LRT)");
            }
            ModelFormula r = test.reduced();
            for (String v : r.variables()) {
                if (!design.variables().contains(v)) {
                    throw new DeseqInputException("reduced design " + r.text() + ": variable '" + v
                            + "' is not in the full design " + design.text());
                }
            }
            reduced = ModelMatrix.build(r, input.variables(), m);
            df = x.coefficients() - reduced.coefficients();
            if (df < 1) {
                throw new DeseqInputException("the reduced design " + r.text() + " has " + reduced.coefficients()
                        + " coefficients and the full design " + design.text() + " " + x.coefficients()
                        + ": the reduced design must have fewer (less than one degree of freedom)");
            }
        }
        if (options.lfcShrinkNormal()) {
            if (spec.contrast() == null) {
                throw new DeseqInputException("lfcShrink normal is implemented for a factor contrast only");
            }
            if (design.hasInteractions()) {
                throw new DeseqInputException("lfcShrink normal cannot be used with interaction terms"
                        + " (DESeq2: betaPrior=FALSE should be used for designs with interactions)");
            }
            for (String v : design.variables()) {
                if (input.variables().get(v) instanceof DesignVariable.Numeric) {
                    throw new DeseqInputException("lfcShrink normal is implemented for designs of factors only;"
                            + " '" + v + "' is numeric");
                }
            }
        }
        return new Plan(x, reduced, df, contrast);
    }

    /** One design variable, a factor with two levels (results()' rule for outliers among high counts). */
    private static boolean singleTwoLevelFactor(ModelFormula design, java.util.Map<String, DesignVariable> v) {
        return design.variables().size() == 1 && v.get(design.variables().get(0)) instanceof DesignVariable.Factor f
                && f.levels().size() == 2;
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
