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
}
