package org.gluegraph.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInputException;
import org.gluegraph.expression.internal.TestSpec;
import org.gluegraph.expression.io.SampleSheetReader;
import org.junit.jupiter.api.Test;

/** The one home of the rules that combine de's options, whichever front end gives them. */
class DeAnalysisTest {

    private static final Path SHEET = Path.of("src/test/resources/expression/reference/interaction.samples.tsv");

    private static DeAnalysis analysis(ContrastSpec contrast, String coefficient, TestSpec.Kind test, String reduced,
            double threshold, AltHypothesis alt, double alpha) {
        return new DeAnalysis("~ genotype * condition", contrast, coefficient, Set.of(), Map.of("condition", "untrt"),
                test, reduced, threshold, alt, alpha);
    }

    private static DeAnalysis.Option option(Runnable r) {
        try {
            r.run();
        } catch (DeAnalysis.OptionException e) {
            return e.option();
        }
        throw new AssertionError("no OptionException");
    }

    @Test
    void eachBrokenRuleNamesItsOption() {
        assertThat(option(() -> analysis(null, null, TestSpec.Kind.LRT, "~ genotype", 1, null, 0.1)))
                .isEqualTo(DeAnalysis.Option.LFC_THRESHOLD);
        assertThat(option(() -> analysis(null, null, TestSpec.Kind.LRT, "~ genotype", 0, AltHypothesis.LESS, 0.1)))
                .isEqualTo(DeAnalysis.Option.ALT_HYPOTHESIS);
        assertThat(option(() -> analysis(null, null, TestSpec.Kind.LRT, null, 0, null, 0.1)))
                .isEqualTo(DeAnalysis.Option.REDUCED);
        assertThat(option(() -> analysis(null, "x", TestSpec.Kind.WALD, "~ genotype", 0, null, 0.1)))
                .isEqualTo(DeAnalysis.Option.REDUCED);
        assertThat(option(() -> analysis(null, "x", TestSpec.Kind.WALD, null, 0, AltHypothesis.LESS_ABS, 0.1)))
                .isEqualTo(DeAnalysis.Option.ALT_HYPOTHESIS);
        assertThat(option(() -> analysis(null, "x", TestSpec.Kind.WALD, null, Double.POSITIVE_INFINITY, null, 0.1)))
                .isEqualTo(DeAnalysis.Option.LFC_THRESHOLD);
        assertThat(option(() -> analysis(null, "x", TestSpec.Kind.WALD, null, 0, null, 1)))
                .isEqualTo(DeAnalysis.Option.ALPHA);
        assertThat(option(() -> analysis(new ContrastSpec("condition", "trt", "untrt"), "x", TestSpec.Kind.WALD,
                null, 0, null, 0.1))).isEqualTo(DeAnalysis.Option.COEFFICIENT);
        assertThat(option(() -> new DeAnalysis("~ 1", null, null, Set.of(), Map.of(), null, null, 0, null, 0.1)))
                .isEqualTo(DeAnalysis.Option.DESIGN);
        assertThat(option(() -> analysis(null, null, TestSpec.Kind.LRT, "~ genotype +", 0, null, 0.1)))
                .isEqualTo(DeAnalysis.Option.REDUCED);
    }

    @Test
    void theSheetChecksNameTheColumnAndTheCoefficient() {
        var sheet = SampleSheetReader.read(SHEET);
        assertThat(analysis(null, null, TestSpec.Kind.LRT, "~ genotype + condition", 0, null, 0.1).check(sheet)
                .resultsNames()).isEqualTo(List.of("Intercept", "genotype_B_vs_A", "condition_trt_vs_untrt",
                "genotypeB.conditiontrt"));
        assertThat(option(() -> analysis(null, null, TestSpec.Kind.LRT, "~ batch", 0, null, 0.1).check(sheet)))
                .isEqualTo(DeAnalysis.Option.REDUCED);
        assertThatThrownBy(() -> analysis(null, "genotype_C_vs_A", TestSpec.Kind.WALD, null, 0, null, 0.1)
                .check(sheet)).isInstanceOf(DeseqInputException.class).hasMessageContaining("genotype_C_vs_A");
    }
}
