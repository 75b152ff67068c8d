package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.expression.io.DesignFormula;
import org.junit.jupiter.api.Test;

/**
 * Model matrices against R's model.matrix with DESeq2's column names (resultsNames), from
 * src/test/resources/expression/reference/modelmatrix.names.tsv (written by deseq2_designs_reference.R with R 4.2.2
 * and DESeq2 1.38.3): factors, a numeric covariate, interactions, nested terms and term order.
 */
class ModelMatrixTest {

    private static Map<String, DesignVariable> data() throws IOException {
        List<String[]> rows = DeseqFidelityTest.read("expression/reference/modelmatrix.data.tsv");
        List<String> f1 = new ArrayList<>();
        List<String> f2 = new ArrayList<>();
        double[] x = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            f1.add(rows.get(i)[1]);
            f2.add(rows.get(i)[2]);
            x[i - 1] = Double.parseDouble(rows.get(i)[3]);
        }
        Map<String, DesignVariable> v = new LinkedHashMap<>();
        v.put("f1", DesignVariable.Factor.of(f1));
        v.put("f2", DesignVariable.Factor.of(f2));
        v.put("x", new DesignVariable.Numeric(x));
        return v;
    }

    @Test
    void namesAndValuesAreRsAndDeseq2s() throws IOException {
        Map<String, DesignVariable> data = data();
        List<String[]> rows = DeseqFidelityTest.read("expression/reference/modelmatrix.names.tsv");
        assertThat(rows).hasSize(22);
        for (String[] r : rows.subList(1, rows.size())) {
            ModelMatrix mm = ModelMatrix.build(DesignFormula.parse(r[0]).model(), data, 9);
            assertThat(mm.columns()).as(r[0]).containsExactly(r[1].split(","));
            String[] sampleRows = r[2].split(";");
            for (int s = 0; s < sampleRows.length; s++) {
                String[] values = sampleRows[s].split(",");
                for (int c = 0; c < values.length; c++) {
                    assertThat(mm.x()[s][c]).as("%s row %d column %s", r[0], s + 1, mm.columns().get(c))
                            .isEqualTo(Double.parseDouble(values[c]));
                }
            }
        }
    }

    @Test
    void rankDeficientDesignsNameTheDependentColumn() throws IOException {
        Map<String, DesignVariable> data = data();
        // a:b without main effects codes both by indicators: with the intercept, not of full rank (as in R)
        assertThatThrownBy(() -> ModelMatrix.build(DesignFormula.parse("~ f1:f2").model(), data, 9))
                .isInstanceOf(DeseqInputException.class)
                .hasMessageContaining("is not of full rank: column 'f1c.f2v'");
        Map<String, DesignVariable> confounded = new LinkedHashMap<>(data);
        confounded.put("g", DesignVariable.Factor.of(List.of("p", "q", "r", "p", "q", "r", "p", "q", "r")));
        assertThatThrownBy(() -> ModelMatrix.build(DesignFormula.parse("~ f1 + g").model(), confounded, 9))
                .hasMessageContaining("column 'g_q_vs_p'");
        Map<String, DesignVariable> scaled = new LinkedHashMap<>(data);
        double[] x = ((DesignVariable.Numeric) data.get("x")).values();
        double[] twice = x.clone();
        for (int i = 0; i < twice.length; i++) {
            twice[i] = 2 * x[i] + 1;
        }
        scaled.put("y", new DesignVariable.Numeric(twice));
        assertThatThrownBy(() -> ModelMatrix.build(DesignFormula.parse("~ x + y").model(), scaled, 9))
                .hasMessageContaining("column 'y'");
    }

    @Test
    void makeNamesAsR() {
        assertThat(RNames.makeNames("genotypeB:conditiontrt")).isEqualTo("genotypeB.conditiontrt");
        assertThat(RNames.makeNames("cell line_a b_vs_c-1")).isEqualTo("cell.line_a.b_vs_c.1");
        assertThat(RNames.makeNames("1x")).isEqualTo("X1x");
        assertThat(RNames.makeNames(".2a")).isEqualTo("X.2a");
        assertThat(RNames.makeNames("TRUE")).isEqualTo("TRUE.");
    }
}
