package org.gluegraph.expression.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DesignVariable;
import org.junit.jupiter.api.Test;

class DesignFormulaTest {

    private static List<String> terms(String formula) {
        return DesignFormula.parse(formula).model().terms().stream().map(t -> String.join(":", t)).toList();
    }

    @Test
    void parsesAdditiveFormulas() {
        assertThat(DesignFormula.parse("~ cell + dex").variables()).containsExactly("cell", "dex");
        assertThat(DesignFormula.parse("~condition").variables()).containsExactly("condition");
        assertThat(DesignFormula.parse("  ~ batch.1+ `cell line` +x_2 ").variables())
                .containsExactly("batch.1", "cell line", "x_2");
        assertThat(terms("~ 1 + dex")).containsExactly("dex");
        assertThat(DesignFormula.parse("~ 1").model().isInterceptOnly()).isTrue();
    }

    /** Expansion and order as R's terms(): by degree, variables within a term in order of first appearance. */
    @Test
    void expandsInteractionsAsR() {
        assertThat(terms("~ genotype * condition")).containsExactly("genotype", "condition", "genotype:condition");
        assertThat(terms("~ a*b + c")).containsExactly("a", "b", "c", "a:b");
        assertThat(terms("~ a*b*c")).containsExactly("a", "b", "c", "a:b", "a:c", "b:c", "a:b:c");
        assertThat(terms("~ a * b:c")).containsExactly("a", "b:c", "a:b:c");
        assertThat(terms("~ a:b + a + b")).containsExactly("a", "b", "a:b");
        assertThat(terms("~ b:a + a")).containsExactly("a", "b:a");
        assertThat(terms("~ a + b + b:a")).containsExactly("a", "b", "a:b");
        // duplicates are dropped as R drops them
        assertThat(terms("~ a*b + a + a:b + b:a + a:a")).containsExactly("a", "b", "a:b");
        assertThat(DesignFormula.parse("~ a * b").model().hasInteractions()).isTrue();
        assertThat(DesignFormula.parse("~ `cell line`:dex").variables()).containsExactly("cell line", "dex");
    }

    @Test
    void rejectsWhatTheEngineCannotFitSayingWhatWasExpected() {
        assertThatThrownBy(() -> DesignFormula.parse("cell + dex")).isInstanceOf(InputFileException.class)
                .hasMessage("design 'cell + dex': expected a formula starting with '~', like '~ cell + dex'");
        assertThatThrownBy(() -> DesignFormula.parse("y ~ dex")).hasMessageContaining("starting with '~'");
        assertThatThrownBy(() -> DesignFormula.parse("~ 0 + dex")).hasMessageContaining("term '0' is not supported");
        assertThatThrownBy(() -> DesignFormula.parse("~ dex - 1")).hasMessageContaining("term 'dex - 1' is not supported");
        assertThatThrownBy(() -> DesignFormula.parse("~ log(dex)")).hasMessageContaining("term 'log(dex)'");
        assertThatThrownBy(() -> DesignFormula.parse("~ (a + b)^2")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> DesignFormula.parse("~ a %in% b")).hasMessageContaining("operator in 'a %in% b'");
        assertThatThrownBy(() -> DesignFormula.parse("~ dex + ")).hasMessage(
                "design '~ dex +': term 2 is empty; expected column names joined by '+', ':' or '*'");
        assertThatThrownBy(() -> DesignFormula.parse("~ a * ")).hasMessage(
                "design '~ a *': 'a *' has an empty operand of '*'; expected names like 'a * b'");
        assertThatThrownBy(() -> DesignFormula.parse("~ a:")).hasMessageContaining("empty operand of ':'");
        assertThatThrownBy(() -> DesignFormula.parse("~ a:1")).hasMessageContaining("intercept '1' cannot be part");
        assertThatThrownBy(() -> DesignFormula.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> DesignFormula.parse("~ 2cell")).hasMessageContaining("'2cell' is not a column name");
        assertThatThrownBy(() -> DesignFormula.parse("~ .")).hasMessageContaining("'.' is not a column name");
    }

    @Test
    void rejectsUnknownColumnListingTheColumns() {
        SampleSheet sheet = new SampleSheet("samples.tsv", List.of("a", "b"),
                Map.of("dex", List.of("trt", "untrt")));
        assertThatThrownBy(() -> DesignFormula.parse("~ cell * dex", sheet))
                .hasMessage("design '~ cell * dex': variable 'cell' is not a column of samples.tsv; its columns are 'dex'");
    }

    // --- which columns are numeric: as R's read.table reads them ---------------------------------------------------

    private static final CountTable COUNTS = new CountTable("counts.tsv", List.of("G1"),
            List.of("s1", "s2", "s3", "s4"), new int[][]{{1, 2, 3, 4}});

    private static SampleSheet sheet(String column, List<String> values) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("cond", List.of("a", "a", "b", "b"));
        f.put(column, values);
        return new SampleSheet("samples.tsv", List.of("s1", "s2", "s3", "s4"), f);
    }

    private static DesignVariable variable(SampleSheet sheet, String design, DesignChoices choices, String name) {
        DeseqInput in = ExperimentBuilder.build(COUNTS, sheet, DesignFormula.parse(design, sheet), choices, null);
        return in.variables().get(name);
    }

    @Test
    void aColumnOfNumbersIsANumericCovariate() {
        SampleSheet s = sheet("age", List.of("23.5", "41", "-2e1", "0x1A"));
        DesignVariable age = variable(s, "~ cond + age", DesignChoices.none(), "age");
        assertThat(age).isInstanceOf(DesignVariable.Numeric.class);
        assertThat(((DesignVariable.Numeric) age).values()).containsExactly(23.5, 41, -20, 26);
        assertThat(variable(s, "~ cond + age", DesignChoices.none(), "cond")).isInstanceOf(DesignVariable.Factor.class);
        // one value that is not a number makes the whole column a factor, as in R
        DesignVariable mixed = variable(sheet("age", List.of("23.5", "41", "n/a", "30")), "~ cond + age",
                DesignChoices.none(), "age");
        assertThat(mixed).isInstanceOf(DesignVariable.Factor.class);
    }

    @Test
    void factorOptionMakesANumericColumnAFactorWithNumericLevelOrder() {
        SampleSheet s = sheet("batch", List.of("10", "2", "2", "10"));
        DesignVariable.Factor batch = (DesignVariable.Factor) variable(s, "~ batch + cond",
                new DesignChoices(Set.of("batch"), Map.of()), "batch");
        // R's factor() of a numeric column orders levels by value: 2 before 10
        assertThat(batch.levels()).containsExactly("2", "10");
        assertThat(batch.reference()).isEqualTo("2");
        DesignVariable.Factor relevelled = (DesignVariable.Factor) variable(s, "~ batch + cond",
                new DesignChoices(Set.of("batch"), Map.of("batch", "10")), "batch");
        assertThat(relevelled.levels()).containsExactly("10", "2");
    }

    @Test
    void badVariableChoicesNameTheColumnAndWhatWasExpected() {
        SampleSheet s = sheet("age", List.of("23.5", "41", "30", "Inf"));
        assertThatThrownBy(() -> variable(s, "~ cond + age", DesignChoices.none(), "age"))
                .isInstanceOf(InputFileException.class)
                .hasMessage("samples.tsv, column 'age', sample 's4': the column is numeric but the value is 'Inf';"
                        + " a covariate must be a finite number (or fit the column as a factor)");
        SampleSheet constant = sheet("age", List.of("30", "30", "30", "30.0"));
        assertThatThrownBy(() -> variable(constant, "~ cond + age", DesignChoices.none(), "age"))
                .hasMessage("samples.tsv, column 'age': the numeric covariate has the same value 30 for every"
                        + " counted sample; a variable in the design must vary");
        SampleSheet ages = sheet("age", List.of("23.5", "41", "30", "50"));
        assertThatThrownBy(() -> variable(ages, "~ cond", new DesignChoices(Set.of("age"), Map.of()), "age"))
                .hasMessage("column 'age' is to be fitted as a factor but is not a variable of the design '~ cond';"
                        + " its variables are 'cond'");
        assertThatThrownBy(() -> variable(ages, "~ cond + age", new DesignChoices(Set.of(), Map.of("age", "30")),
                "age")).hasMessage("reference level for 'age': column 'age' of samples.tsv is numeric (a continuous"
                        + " covariate has no levels); fit it as a factor to choose a reference level");
        assertThatThrownBy(() -> variable(ages, "~ cond + age", new DesignChoices(Set.of(), Map.of("cond", "c")),
                "age")).hasMessage("reference level 'c' does not exist in column 'cond' of samples.tsv; its levels"
                        + " are 'a', 'b'");
        assertThatThrownBy(() -> ExperimentBuilder.build(COUNTS, ages, DesignFormula.parse("~ cond + age", ages),
                DesignChoices.none(), new ContrastSpec("age", "41", "30")))
                .hasMessageContaining("column 'age' of samples.tsv is numeric (every value is a number), so it is a"
                        + " continuous covariate with one coefficient 'age'");
    }
}
