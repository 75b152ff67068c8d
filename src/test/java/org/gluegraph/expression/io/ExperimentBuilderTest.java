package org.gluegraph.expression.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DesignVariable;
import org.junit.jupiter.api.Test;

class ExperimentBuilderTest {

    private static final CountTable COUNTS = new CountTable("counts.tsv", List.of("G1", "G2"),
            List.of("t1", "u1", "t2", "u2"), new int[][]{{1, 2, 3, 4}, {5, 6, 7, 8}});

    private static SampleSheet sheet(List<String> samples, Map<String, List<String>> factors) {
        return new SampleSheet("samples.tsv", samples, factors);
    }

    private static Map<String, List<String>> factors(Object... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> v = (List<String>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return m;
    }

    private static DesignVariable.Factor factor(DeseqInput in, String name) {
        return (DesignVariable.Factor) in.variables().get(name);
    }

    @Test
    void matchesSheetInAnyOrderKeepingCountOrder() {
        SampleSheet s = sheet(List.of("u2", "u1", "t2", "t1"),
                factors("batch", List.of("b", "a", "b", "a"), "dex", List.of("untrt", "untrt", "trt", "trt")));
        DeseqInput in = ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ batch + dex"),
                new ContrastSpec("dex", "trt", "untrt"));
        assertThat(in.sampleIds()).containsExactly("t1", "u1", "t2", "u2");
        assertThat(factor(in, "dex").values()).containsExactly("trt", "untrt", "trt", "untrt");
        assertThat(factor(in, "batch").values()).containsExactly("a", "a", "b", "b");
        assertThat(in.variables().keySet()).containsExactly("batch", "dex");
        assertThat(in.counts()[1]).containsExactly(5, 6, 7, 8);
    }

    @Test
    void namesSamplesMissingFromEitherFile() {
        SampleSheet s = sheet(List.of("t1", "u1", "t2", "x9"), factors("dex", List.of("trt", "untrt", "trt", "untrt")));
        assertThatThrownBy(() -> ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ dex"),
                new ContrastSpec("dex", "trt", "untrt")))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("samples do not match between counts.tsv and samples.tsv: "
                        + "in counts.tsv but not in samples.tsv: 'u2'; in samples.tsv but not in counts.tsv: 'x9'.");
    }

    @Test
    void rejectsDesignFactorMissingFromSheet() {
        SampleSheet s = sheet(List.of("t1", "u1", "t2", "u2"), factors("dex", List.of("trt", "untrt", "trt", "untrt")));
        assertThatThrownBy(() -> ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ cell + dex"),
                new ContrastSpec("dex", "trt", "untrt")))
                .hasMessage("design '~ cell + dex': variable 'cell' is not a column of samples.tsv; its columns are 'dex'");
    }

    @Test
    void rejectsUnknownContrastLevelListingTheLevels() {
        SampleSheet s = sheet(List.of("t1", "u1", "t2", "u2"), factors("dex", List.of("trt", "untrt", "trt", "untrt")));
        assertThatThrownBy(() -> ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ dex"),
                new ContrastSpec("dex", "treated", "untrt")))
                .hasMessage("contrast 'dex,treated,untrt': level 'treated' does not exist in column 'dex' of "
                        + "samples.tsv; its levels are 'trt', 'untrt'");
        assertThatThrownBy(() -> ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ dex"),
                new ContrastSpec("cell", "a", "b")))
                .hasMessageContaining("factor 'cell' is not in the design '~ dex'");
        assertThatThrownBy(() -> ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ dex"),
                new ContrastSpec("dex", "trt", "trt")))
                .hasMessageContaining("numerator and denominator are the same level");
    }

    @Test
    void acceptsAContrastGroupWithOneSampleAsDeseq2Does() {
        SampleSheet s = sheet(List.of("t1", "u1", "t2", "u2"), factors("dex", List.of("trt", "untrt", "trt", "other")));
        DeseqInput in = ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ dex"),
                new ContrastSpec("dex", "trt", "untrt"));
        assertThat(factor(in, "dex").levels()).containsExactly("other", "trt", "untrt");
    }

    @Test
    void rejectsSingleLevelDesignFactor() {
        SampleSheet s = sheet(List.of("t1", "u1", "t2", "u2"), factors("cell", List.of("A", "A", "A", "A"),
                "dex", List.of("trt", "untrt", "trt", "untrt")));
        assertThatThrownBy(() -> ExperimentBuilder.build(COUNTS, s, DesignFormula.parse("~ cell + dex"),
                new ContrastSpec("dex", "trt", "untrt")))
                .hasMessageContaining("samples.tsv, column 'cell': the design factor has only one level 'A'");
    }
}
