package org.gluegraph.expression.io;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DesignFormulaTest {

    @Test
    void parsesAdditiveFormulas() {
        assertThat(DesignFormula.parse("~ cell + dex").factors()).containsExactly("cell", "dex");
        assertThat(DesignFormula.parse("~condition").factors()).containsExactly("condition");
        assertThat(DesignFormula.parse("  ~ batch.1+ `cell line` +x_2 ").factors())
                .containsExactly("batch.1", "cell line", "x_2");
    }

    @Test
    void rejectsWhatTheEngineCannotFit() {
        assertThatThrownBy(() -> DesignFormula.parse("~ cell * dex"))
                .isInstanceOf(InputFileException.class)
                .hasMessage("design '~ cell * dex': interaction term 'cell * dex' is not supported; the design "
                        + "must be an additive formula of sample-sheet columns, like '~ cell + dex'");
        assertThatThrownBy(() -> DesignFormula.parse("~ cell + cell:dex")).hasMessageContaining("interaction term 'cell:dex'");
        assertThatThrownBy(() -> DesignFormula.parse("cell + dex")).hasMessageContaining("starting with '~'");
        assertThatThrownBy(() -> DesignFormula.parse("y ~ dex")).hasMessageContaining("starting with '~'");
        assertThatThrownBy(() -> DesignFormula.parse("~ 0 + dex")).hasMessageContaining("term '0' is not supported");
        assertThatThrownBy(() -> DesignFormula.parse("~ dex - 1")).hasMessageContaining("term 'dex - 1' is not supported");
        assertThatThrownBy(() -> DesignFormula.parse("~ log(dex)")).hasMessageContaining("term 'log(dex)'");
        assertThatThrownBy(() -> DesignFormula.parse("~ dex + ")).hasMessageContaining("term 2 is empty");
        assertThatThrownBy(() -> DesignFormula.parse("~ dex + dex")).hasMessageContaining("factor 'dex' appears twice");
        assertThatThrownBy(() -> DesignFormula.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> DesignFormula.parse("~ 2cell")).hasMessageContaining("'2cell' is not a column name");
    }

    @Test
    void rejectsUnknownColumnListingTheColumns() {
        SampleSheet sheet = new SampleSheet("samples.tsv", List.of("a", "b"),
                Map.of("dex", List.of("trt", "untrt")));
        assertThatThrownBy(() -> DesignFormula.parse("~ cell + dex", sheet))
                .hasMessage("design '~ cell + dex': factor 'cell' is not a column of samples.tsv; its columns are 'dex'");
    }
}
