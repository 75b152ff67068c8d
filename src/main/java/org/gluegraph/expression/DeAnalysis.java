package org.gluegraph.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.DeseqPipeline;
import org.gluegraph.expression.internal.DesignVariable;
import org.gluegraph.expression.internal.ResultsSpec;
import org.gluegraph.expression.internal.TestSpec;
import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.DesignChoices;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.expression.io.ExperimentBuilder;
import org.gluegraph.expression.io.InputFileException;
import org.gluegraph.expression.io.SampleSheet;

/**
 * What one differential-expression run computes and reports, whichever front end asked for it (the {@code de}
 * command, runDifferentialExpression, the demo seed): DESeq(dds, test, reduced) then results(contrast or name,
 * lfcThreshold, altHypothesis, alpha). The one home of the rules that combine these options; a broken rule is an
 * {@link OptionException} naming the {@link Option}, which each front end spells its own way ("--lfc-threshold",
 * "input.lfcThreshold"). The rules that need the sample sheet are in {@link #check(SampleSheet)}.
 *
 * @param design      the full design formula, e.g. "~ genotype * condition"
 * @param contrast    the factor contrast to report, or null
 * @param coefficient the coefficient to report by its resultsNames name, or null; with neither, the last one
 * @param factors     sample-sheet columns fitted as factors although every value is a number
 * @param references  reference level per factor
 * @param test        Wald or LRT
 * @param reduced     the reduced design of the LRT, null for the Wald test
 */
public record DeAnalysis(String design, ContrastSpec contrast, String coefficient, Set<String> factors,
        Map<String, String> references, TestSpec.Kind test, String reduced, double lfcThreshold,
        AltHypothesis altHypothesis, double alpha) {

    /** The options, for error messages; each front end names them its own way. */
    public enum Option { DESIGN, CONTRAST, COEFFICIENT, FACTORS, REFERENCES, TEST, REDUCED, LFC_THRESHOLD,
        ALT_HYPOTHESIS, ALPHA }

    /** One option is wrong, or two exclude each other (then the later one in {@link Option}'s order is named). */
    public static final class OptionException extends InputFileException {

        private final Option option;
        private final String problem;

        OptionException(Option option, String problem) {
            super(option + ": " + problem);
            this.option = option;
            this.problem = problem;
        }

        public Option option() {
            return option;
        }

        /** The message without the option's name. */
        public String problem() {
            return problem;
        }
    }

    public DeAnalysis {
        factors = Set.copyOf(factors == null ? Set.of() : factors);
        references = Map.copyOf(references == null ? Map.of() : references);
        test = test == null ? TestSpec.Kind.WALD : test;
        altHypothesis = altHypothesis == null ? AltHypothesis.GREATER_ABS : altHypothesis;
        DesignFormula full = formula(Option.DESIGN, design);
        if (full.model().isInterceptOnly()) {
            throw new OptionException(Option.DESIGN, "'" + full.text() + "' has no variable; the design needs at"
                    + " least one sample-sheet column, e.g. '~ condition'");
        }
        design = full.text();
        if (contrast != null && (blank(contrast.factor()) || blank(contrast.numerator())
                || blank(contrast.denominator()))) {
            throw new OptionException(Option.CONTRAST, "expected a factor, a numerator level and a denominator"
                    + " level, e.g. dex, trt, untrt");
        }
        if (coefficient != null) {
            coefficient = coefficient.strip();
            if (coefficient.isEmpty()) {
                throw new OptionException(Option.COEFFICIENT, "expected a coefficient name (resultsNames), found an"
                        + " empty value");
            }
            if (contrast != null) {
                throw new OptionException(Option.COEFFICIENT, "give a factor contrast or a coefficient name, not"
                        + " both");
            }
        }
        for (String f : factors) {
            if (blank(f)) {
                throw new OptionException(Option.FACTORS, "expected sample-sheet column names, found an empty one");
            }
        }
        for (Map.Entry<String, String> e : references.entrySet()) {
            if (blank(e.getKey()) || blank(e.getValue())) {
                throw new OptionException(Option.REFERENCES, "expected a factor and a level, e.g. condition=untrt");
            }
        }
        if (test == TestSpec.Kind.LRT) {
            if (blank(reduced)) {
                throw new OptionException(Option.REDUCED, "the likelihood ratio test needs the reduced design, the"
                        + " design without the terms to test, e.g. '~ 1'");
            }
            reduced = formula(Option.REDUCED, reduced).text();
        } else if (reduced != null) {
            throw new OptionException(Option.REDUCED, "only used by the likelihood ratio test (test LRT)");
        }
        if (!(lfcThreshold >= 0) || Double.isInfinite(lfcThreshold)) {
            throw new OptionException(Option.LFC_THRESHOLD, "expected a number >= 0 (log2 scale), found "
                    + lfcThreshold);
        }
        if (test == TestSpec.Kind.LRT && lfcThreshold != 0) {
            throw new OptionException(Option.LFC_THRESHOLD, "thresholded tests are Wald tests; DESeq2 does not"
                    + " combine them with the likelihood ratio test");
        }
        if (test == TestSpec.Kind.LRT && altHypothesis != AltHypothesis.GREATER_ABS) {
            throw new OptionException(Option.ALT_HYPOTHESIS, "thresholded tests are Wald tests; DESeq2 does not"
                    + " combine them with the likelihood ratio test");
        }
        if (altHypothesis == AltHypothesis.LESS_ABS && lfcThreshold == 0) {
            throw new OptionException(Option.ALT_HYPOTHESIS, "lessAbs needs a positive lfcThreshold (an absolute"
                    + " log2 fold change below 0 cannot be tested)");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new OptionException(Option.ALPHA, "expected a number between 0 and 1 (exclusive), found " + alpha);
        }
    }

    /** A Wald test of a factor contrast with DESeq2's defaults (the demo studies). */
    public static DeAnalysis of(String design, ContrastSpec contrast) {
        return new DeAnalysis(design, contrast, null, Set.of(), Map.of(), TestSpec.Kind.WALD, null, 0,
                AltHypothesis.GREATER_ABS, DeseqOptions.defaults().alpha());
    }

    public boolean lrt() {
        return test == TestSpec.Kind.LRT;
    }

    public DesignFormula formula() {
        return DesignFormula.parse(design);
    }

    public ResultsSpec results() {
        return new ResultsSpec(contrast, coefficient, lfcThreshold, altHypothesis);
    }

    public DesignChoices choices() {
        return new DesignChoices(factors, references);
    }

    /** DeseqOptions with this alpha, the other settings DESeq2's defaults, on this many threads. */
    public DeseqOptions options(int threads) {
        DeseqOptions d = DeseqOptions.defaults();
        return new DeseqOptions(alpha, d.cooksCutoff(), d.independentFiltering(), d.minReplicatesForReplace(),
                d.lfcShrinkNormal(), threads);
    }

    /** The design variables as the engine reads them from the sheet, and the test, for this sheet's samples. */
    public record Checked(DesignFormula design, DesignFormula reducedDesign, DeseqInput variables,
            List<String> resultsNames) {

        public TestSpec test() {
            return reducedDesign == null ? TestSpec.wald() : TestSpec.lrt(reducedDesign.model());
        }
    }

    /**
     * Checks the analysis against the sample sheet alone, by the engine's own rules (the columns, levels and
     * reference levels, numeric covariates, the model's rank, the coefficient's name, the reduced design), before
     * any count is read: a table of the sheet's samples and no genes stands in for the counts.
     */
    public Checked check(SampleSheet sheet) {
        DesignFormula full = formula(Option.DESIGN, () -> DesignFormula.parse(design, sheet));
        DesignFormula reducedFormula = lrt() ? formula(Option.REDUCED, () -> DesignFormula.parse(reduced, sheet))
                : null;
        DeseqInput input = ExperimentBuilder.build(new CountTable(sheet.fileName(), List.of(), sheet.sampleIds(),
                new int[0][]), sheet, full, choices(), contrast);
        Checked checked = new Checked(full, reducedFormula, input, List.of());
        List<String> names = DeseqPipeline.check(input, full.model(), checked.test(), results(), options(1));
        return new Checked(full, reducedFormula, input, names);
    }

    /**
     * plotPCA's intgroup for this analysis: the contrast's factor, or else every factor of the design in its
     * order (numeric covariates group nothing); empty when the design has no factor.
     */
    public List<String> pcaGroups(DeseqInput input) {
        if (contrast != null) {
            return List.of(contrast.factor());
        }
        List<String> out = new ArrayList<>();
        input.variables().forEach((name, v) -> {
            if (v instanceof DesignVariable.Factor) {
                out.add(name);
            }
        });
        return out;
    }

    private static DesignFormula formula(Option option, String text) {
        return formula(option, () -> DesignFormula.parse(text));
    }

    private static DesignFormula formula(Option option, java.util.function.Supplier<DesignFormula> parse) {
        try {
            return parse.get();
        } catch (InputFileException e) {
            throw new OptionException(option, e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
