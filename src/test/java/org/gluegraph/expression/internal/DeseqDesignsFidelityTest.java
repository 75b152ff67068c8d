package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.CountTableReader;
import org.gluegraph.expression.io.DesignChoices;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.expression.io.ExperimentBuilder;
import org.gluegraph.expression.io.SampleSheet;
import org.gluegraph.expression.io.SampleSheetReader;
import org.junit.jupiter.api.Test;

/**
 * The engine against DESeq2 1.38.3 (R 4.2.2) on the designs of scripts/reference/deseq2_designs_reference.R
 * (calls in src/test/resources/expression/reference/designs.calls.tsv and README.md): numeric covariates,
 * interactions and coefficients by name, the likelihood ratio test, lfcThreshold with each altHypothesis, a
 * one-sample group and rounded estimated counts. Inputs go through the file readers, so that which columns are
 * numeric is decided as for the de command. Tolerances as DeseqFidelityTest's (all genes).
 */
class DeseqDesignsFidelityTest {

    private static final String DIR = "expression/reference/";

    static Path resource(String name) {
        try {
            return Path.of(DeseqDesignsFidelityTest.class.getClassLoader().getResource(DIR + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the set's files as the de command does and runs the pipeline. */
    static DeseqOutcome run(String dataset, String design, DesignChoices choices, TestSpec test, ResultsSpec spec,
            double alpha, boolean round) {
        String countsFile = dataset + (dataset.equals("pasilla") ? ".counts.tsv.gz" : ".counts.tsv");
        CountTable counts = CountTableReader.read(resource(countsFile), round);
        SampleSheet sheet = SampleSheetReader.read(resource(dataset + ".samples.tsv"));
        DesignFormula formula = DesignFormula.parse(design, sheet);
        DeseqInput input = ExperimentBuilder.build(counts, sheet, formula, choices, spec.contrast());
        DeseqOptions options = new DeseqOptions(alpha, true, true, 7, false, 2);
        return DeseqPipeline.run(input, formula.model(), test, spec, options, ProgressListener.NONE);
    }

    static DeseqOutcome run(String dataset, String design, DesignChoices choices, TestSpec test, ResultsSpec spec) {
        return run(dataset, design, choices, test, spec, 0.1, false);
    }

    /** Asserts the criteria and prints the measured deviations. */
    static void check(String name, DeseqOutcome outcome, DeseqFidelityTest.Reference ref, boolean dispersions) {
        DeseqFidelityTest.Run run = new DeseqFidelityTest.Run(outcome, ref);
        System.out.println(deviations(name, outcome, ref));
        DeseqFidelityTest.assertFidelity(run);
        if (dispersions) {
            DeseqFidelityTest.assertDispersions(run);
        }
    }

    static String deviations(String name, DeseqOutcome o, DeseqFidelityTest.Reference ref) {
        double sf = 0;
        for (int j = 0; j < ref.sizeFactors().length; j++) {
            sf = Math.max(sf, Math.abs(o.sizeFactors()[j] / ref.sizeFactors()[j] - 1));
        }
        double[] lfc = DeseqFidelityTest.mine(o, "log2FoldChange");
        double[] refLfc = ref.col("log2FoldChange");
        double maxLfc = 0;
        for (int i = 0; i < lfc.length; i++) {
            if (!Double.isNaN(refLfc[i])) {
                maxLfc = Math.max(maxLfc, Math.abs(lfc[i] - refLfc[i]));
            }
        }
        double[] padj = ref.col("padj");
        double[] maxRel = new double[2];
        String[] cols = {"pvalue", "padj"};
        for (int c = 0; c < 2; c++) {
            double[] a = DeseqFidelityTest.mine(o, cols[c]);
            double[] b = ref.col(cols[c]);
            for (int i = 0; i < a.length; i++) {
                if (padj[i] < 0.1 && b[i] > 0) {
                    maxRel[c] = Math.max(maxRel[c], Math.abs(a[i] - b[i]) / b[i]);
                }
            }
        }
        double[] myPadj = DeseqFidelityTest.mine(o, "padj");
        Set<Integer> mine = new HashSet<>();
        Set<Integer> theirs = new HashSet<>();
        for (int i = 0; i < padj.length; i++) {
            if (myPadj[i] < 0.05) {
                mine.add(i);
            }
            if (padj[i] < 0.05) {
                theirs.add(i);
            }
        }
        Set<Integer> union = new HashSet<>(mine);
        union.addAll(theirs);
        Set<Integer> both = new HashSet<>(mine);
        both.retainAll(theirs);
        return String.format(Locale.ROOT, "DEVIATION %s: sizeFactors rel %.2e; LFC pearson %.9f max|diff| %.2e;"
                + " where padj<0.1: pvalue rel %.2e, padj rel %.2e; padj<0.05 %d vs %d, Jaccard %.4f", name, sf,
                DeseqFidelityTest.pearson(lfc, refLfc), maxLfc, maxRel[0], maxRel[1], mine.size(), theirs.size(),
                union.isEmpty() ? 1.0 : (double) both.size() / union.size());
    }

    // --- 1. numeric covariates -----------------------------------------------------------------------------------

    @Test
    void numericCovariateAgeIsTheDefaultLastCoefficient() throws IOException {
        DeseqOutcome o = run("covariate", "~ sex + age", DesignChoices.none(), TestSpec.wald(),
                ResultsSpec.lastCoefficient());
        assertThat(o.resultsNames()).containsExactly("Intercept", "sex_M_vs_F", "age");
        assertThat(o.lfcDescription()).isEqualTo("log2 fold change (MLE): age");
        check("covariate_age", o, DeseqFidelityTest.reference("covariate_age"), true);
        // every sample is its own cell of the design (age is continuous), so DESeq2 records no Cook's distance
        assertThat(o.details()).allSatisfy(d -> assertThat(d.maxCooks()).isNaN());
    }

    @Test
    void aNumericColumnForcedToBeAFactor() throws IOException {
        DeseqOutcome o = run("covariate", "~ batch + age", new DesignChoices(Set.of("batch"), Map.of()),
                TestSpec.wald(), ResultsSpec.coefficient("batch_3_vs_1"));
        assertThat(o.resultsNames()).containsExactly("Intercept", "batch_2_vs_1", "batch_3_vs_1", "age");
        check("covariate_batchfactor", o, DeseqFidelityTest.reference("covariate_batchfactor"), true);
    }

    @Test
    void aColumnOfWholeNumbersIsNumericAsInR() throws IOException {
        DeseqOutcome o = run("covariate", "~ batch + sex", DesignChoices.none(), TestSpec.wald(),
                ResultsSpec.coefficient("batch"));
        assertThat(o.resultsNames()).containsExactly("Intercept", "batch", "sex_M_vs_F");
        check("covariate_batchnumeric", o, DeseqFidelityTest.reference("covariate_batchnumeric"), true);
    }

    // --- 2. interactions and coefficients by name ----------------------------------------------------------------

    private static final DesignChoices UNTRT_REFERENCE = new DesignChoices(Set.of(), Map.of("condition", "untrt"));

    @Test
    void interactionCoefficientByName() throws IOException {
        DeseqOutcome o = run("interaction", "~ genotype * condition", UNTRT_REFERENCE, TestSpec.wald(),
                ResultsSpec.coefficient("genotypeB.conditiontrt"));
        assertThat(o.resultsNames())
                .containsExactly("Intercept", "genotype_B_vs_A", "condition_trt_vs_untrt", "genotypeB.conditiontrt");
        check("interaction_name", o, DeseqFidelityTest.reference("interaction_name"), true);
        // the default (no name, no contrast) is the same coefficient, the last one
        DeseqOutcome last = run("interaction", "~ genotype * condition", UNTRT_REFERENCE, TestSpec.wald(),
                ResultsSpec.lastCoefficient());
        assertThat(last.results()).isEqualTo(o.results());
    }

    @Test
    void factorContrastInAnInteractionDesign() throws IOException {
        DeseqOutcome o = run("interaction", "~ genotype * condition", UNTRT_REFERENCE, TestSpec.wald(),
                ResultsSpec.of(new ContrastSpec("condition", "trt", "untrt")));
        check("interaction_contrast", o, DeseqFidelityTest.reference("interaction_contrast"), true);
    }

    // --- 4. likelihood ratio test --------------------------------------------------------------------------------

    @Test
    void lrtOfConditionGivenType() throws IOException {
        DeseqOutcome o = run("pasilla", "~ type + condition", DesignChoices.none(),
                TestSpec.lrt(DesignFormula.parse("~ type").model()), ResultsSpec.lastCoefficient());
        // pasilla.samples.tsv read as R reads it: levels sorted, so 'treated' is the reference level
        assertThat(o.resultsNames())
                .containsExactly("Intercept", "type_single_vs_paired", "condition_untreated_vs_treated");
        assertThat(o.testDescription()).isEqualTo("LRT p-value: '~ type + condition' vs '~ type'");
        check("pasilla_lrt", o, DeseqFidelityTest.reference("pasilla_lrt"), true);
        assertLrtStatistic(o, DeseqFidelityTest.reference("pasilla_lrt"));
    }

    @Test
    void lrtOfTheInteraction() throws IOException {
        DeseqOutcome o = run("interaction", "~ genotype * condition", UNTRT_REFERENCE,
                TestSpec.lrt(DesignFormula.parse("~ genotype + condition").model()), ResultsSpec.lastCoefficient());
        check("interaction_lrt", o, DeseqFidelityTest.reference("interaction_lrt"), true);
        assertLrtStatistic(o, DeseqFidelityTest.reference("interaction_lrt"));
    }

    /** Against ~ 1 with 8 vs 8: outliers replaced and both models refitted, the reduced one in closed form. */
    @Test
    void lrtAgainstTheInterceptWithOutlierReplacement() throws IOException {
        DeseqOutcome o = run("synthetic", "~ group", DesignChoices.none(), TestSpec.lrt(DesignFormula.parse("~ 1")
                .model()), ResultsSpec.lastCoefficient());
        check("synthetic_group_lrt", o, DeseqFidelityTest.reference("synthetic_group_lrt"), true);
        assertThat(o.details().stream().filter(GeneDetails::replaced).count()).isEqualTo(41);
        assertLrtStatistic(o, DeseqFidelityTest.reference("synthetic_group_lrt"));
    }

    /** The LRT statistic itself, relative 1e-4 wherever DESeq2's exceeds 1e-3 (identical NA pattern). */
    private static void assertLrtStatistic(DeseqOutcome o, DeseqFidelityTest.Reference ref) {
        double[] stat = DeseqFidelityTest.mine(o, "stat");
        double[] refStat = ref.col("stat");
        double max = 0;
        for (int i = 0; i < stat.length; i++) {
            assertThat(Double.isNaN(stat[i])).as("NA of stat for %s", ref.genes().get(i))
                    .isEqualTo(Double.isNaN(refStat[i]));
            if (refStat[i] > 1e-3) {
                double rel = Math.abs(stat[i] / refStat[i] - 1);
                max = Math.max(max, rel);
                assertThat(rel).as("LRT statistic of %s: %s vs %s", ref.genes().get(i), stat[i], refStat[i])
                        .isLessThan(1e-4);
            }
        }
        System.out.printf(Locale.ROOT, "DEVIATION LRT statistic max rel %.2e%n", max);
    }

    @Test
    void lrtDesignsAreCheckedBeforeFitting() {
        DeseqInput in = DeseqInput.ofFactors(List.of("g1", "g2"), List.of("s1", "s2", "s3", "s4", "s5", "s6"),
                new int[][]{{1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1}},
                Map.of("a", List.of("x", "x", "x", "y", "y", "y"), "b", List.of("p", "q", "p", "q", "p", "q")));
        DeseqOptions options = new DeseqOptions(0.1, true, true, 7, false, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeseqPipeline.run(in, ModelFormula.additive(
                List.of("a")), TestSpec.lrt(ModelFormula.additive(List.of("b"))), ResultsSpec.lastCoefficient(),
                options, ProgressListener.NONE)).isInstanceOf(DeseqInputException.class)
                .hasMessage("reduced design ~ b: variable 'b' is not in the full design ~ a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeseqPipeline.run(in, ModelFormula.additive(
                List.of("a")), TestSpec.lrt(ModelFormula.additive(List.of("a"))), ResultsSpec.lastCoefficient(),
                options, ProgressListener.NONE))
                .hasMessageContaining("the reduced design must have fewer (less than one degree of freedom)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeseqPipeline.run(in, ModelFormula.additive(
                List.of("a")), TestSpec.lrt(ModelFormula.interceptOnly()), ResultsSpec.lastCoefficient()
                .withThreshold(1, AltHypothesis.GREATER_ABS), options, ProgressListener.NONE))
                .hasMessageContaining("must be Wald tests");
    }

    // --- 5. lfcThreshold, altHypothesis, alpha --------------------------------------------------------------------

    @org.junit.jupiter.params.ParameterizedTest(name = "lfcThreshold {1}, {0}, alpha {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "greaterAbs, 1, 0.1, pasilla_lfc1_greaterAbs",
            "lessAbs, 1, 0.1, pasilla_lfc1_lessAbs",
            "greater, 1, 0.1, pasilla_lfc1_greater",
            "less, 1, 0.1, pasilla_lfc1_less",
            "greaterAbs, 0.5, 0.05, pasilla_lfc05_alpha05"})
    void thresholdedWaldTests(String alternative, double threshold, double alpha, String name) throws IOException {
        ResultsSpec spec = ResultsSpec.of(new ContrastSpec("condition", "treated", "untreated"))
                .withThreshold(threshold, AltHypothesis.fromRName(alternative));
        DeseqOutcome o = run("pasilla", "~ type + condition", DesignChoices.none(), TestSpec.wald(), spec, alpha,
                false);
        DeseqFidelityTest.Reference ref = DeseqFidelityTest.reference(name, "pasilla_type_condition");
        check(name, o, ref, false);
        // the statistic as DESeq2 defines it for the hypothesis (0 where the estimate is on the null side)
        double[] stat = DeseqFidelityTest.mine(o, "stat");
        double[] refStat = ref.col("stat");
        for (int i = 0; i < stat.length; i++) {
            assertThat(Double.isNaN(stat[i])).isEqualTo(Double.isNaN(refStat[i]));
            if (!Double.isNaN(refStat[i])) {
                assertThat(stat[i]).as("stat of %s", ref.genes().get(i))
                        .isCloseTo(refStat[i], org.assertj.core.data.Offset.offset(1e-4 + 1e-4 * Math.abs(refStat[i])));
            }
        }
    }

    /** lessAbs: p is the larger of the two one-sided p-values, so a gene is significant only inside (-T, T). */
    @Test
    void lessAbsTakesTheLargerOneSidedPvalue() {
        double[] lfc = {0.1, -0.9, 2.0, 0};
        double[] se = {0.2, 0.2, 0.2, 0.5};
        double[] stat = new double[4];
        double[] p = new double[4];
        Results.threshold(lfc, se, stat, p, 1, AltHypothesis.LESS_ABS);
        // gene 1: (1 - 0.1)/0.2 = 4.5 above, (0.1 + 1)/0.2 = 5.5 below: the larger p is the one at 4.5
        assertThat(p[0]).isCloseTo(Results.upperTail(4.5), org.assertj.core.data.Percentage.withPercentage(1e-12));
        assertThat(stat[0]).isEqualTo(4.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p[1]).isCloseTo(Results.upperTail(0.5), org.assertj.core.data.Percentage.withPercentage(1e-12));
        // outside the interval: statistic 0, p above 0.5
        assertThat(stat[2]).isZero();
        assertThat(p[2]).isGreaterThan(0.5);
        assertThat(p[3]).isCloseTo(Results.upperTail(2), org.assertj.core.data.Percentage.withPercentage(1e-12));
    }

    // --- 3. a one-sample group in the contrast ---------------------------------------------------------------------

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} vs {1}")
    @org.junit.jupiter.params.provider.CsvSource({"B, A, onesample_BvsA", "A, C, onesample_AvsC"})
    void aOneSampleGroupAnswersAsDeseq2(String numerator, String denominator, String name) throws IOException {
        DeseqOutcome o = run("onesample", "~ group", DesignChoices.none(), TestSpec.wald(),
                ResultsSpec.of(new ContrastSpec("group", numerator, denominator)));
        check(name, o, DeseqFidelityTest.reference(name), true);
        // Cook's distances come from the cells of three or more samples only (B and C), as DESeq2's maxCooks
        DeseqFidelityTest.Reference ref = DeseqFidelityTest.reference(name);
        int outliers = 0;
        for (int i = 0; i < ref.genes().size(); i++) {
            double mine = o.details().get(i).maxCooks();
            double theirs = ref.col("maxCooks")[i];
            assertThat(Double.isNaN(mine)).as("maxCooks NA of %s", ref.genes().get(i)).isEqualTo(Double.isNaN(theirs));
            if (!Double.isNaN(theirs)) {
                assertThat(mine).as("maxCooks of %s", ref.genes().get(i))
                        .isCloseTo(theirs, org.assertj.core.data.Percentage.withPercentage(0.1));
                outliers += theirs > 3 ? 1 : 0;
            }
        }
        assertThat(outliers).as("genes with a large Cook's distance").isPositive();
    }

    /** One sample per group and nothing else: no residual degrees of freedom, refused as DESeq2 refuses it. */
    @Test
    void oneSamplePerGroupWithoutOtherSamplesIsRefused() {
        DeseqInput in = DeseqInput.ofFactors(List.of("g1", "g2"), List.of("s1", "s2", "s3"),
                new int[][]{{1, 2, 3}, {6, 5, 4}}, Map.of("a", List.of("x", "y", "z")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeseqPipeline.run(in, ModelFormula.additive(
                List.of("a")), TestSpec.wald(), ResultsSpec.of(new ContrastSpec("a", "y", "x")),
                new DeseqOptions(0.1, true, true, 7, false, 1), ProgressListener.NONE))
                .isInstanceOf(DeseqInputException.class)
                .hasMessage("the design ~ a has 3 coefficients for 3 samples: no residual degrees of freedom to"
                        + " estimate dispersion (the number of samples must exceed the number of coefficients)");
    }

    // --- 6. estimated counts, rounded as DESeqDataSetFromTximport rounds them ---------------------------------------

    @Test
    void roundedEstimatedCountsAsDeseqDataSetFromTximport() throws IOException {
        DeseqOutcome o = run("tximport", "~ group", DesignChoices.none(), TestSpec.wald(),
                ResultsSpec.of(new ContrastSpec("group", "trt", "ctl")), 0.1, true);
        check("tximport_round", o, DeseqFidelityTest.reference("tximport_round"), true);
    }
}
