package org.gluegraph.expression.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.junit.jupiter.api.Test;

/** The synthetic demonstration studies in seed-data/expression are valid input for the de command. */
class DemoStudyFilesTest {

    private static Path folder() throws URISyntaxException {
        return Path.of(DemoStudyFilesTest.class.getClassLoader().getResource("seed-data/expression/studies.tsv")
                .toURI()).getParent();
    }

    @Test
    void everyListedStudyReadsAndValidates() throws Exception {
        Path folder = folder();
        SampleSheet studies = SampleSheetReader.read(folder.resolve("studies.tsv"));
        assertThat(studies.sampleIds())
                .containsExactly("lenalidomide_vs_dmso_synthetic", "resistant_vs_sensitive_synthetic");
        assertThat(studies.factors().keySet())
                .containsExactly("counts", "samples", "design", "factor", "numerator", "denominator");
        for (int i = 0; i < studies.sampleIds().size(); i++) {
            String name = studies.sampleIds().get(i);
            CountTable counts = CountTableReader.read(folder.resolve(studies.factors().get("counts").get(i)));
            SampleSheet sheet = SampleSheetReader.read(folder.resolve(studies.factors().get("samples").get(i)));
            DesignFormula design = DesignFormula.parse(studies.factors().get("design").get(i), sheet);
            ContrastSpec contrast = new ContrastSpec(studies.factors().get("factor").get(i),
                    studies.factors().get("numerator").get(i), studies.factors().get("denominator").get(i));
            DeseqInput input = ExperimentBuilder.build(counts, sheet, design, contrast);

            assertThat(name).endsWith("_synthetic");
            assertThat(counts.fileName()).startsWith("synthetic_");
            assertThat(input.geneIds()).hasSize(19_239 + 12);
            List<String> unmapped = input.geneIds().stream().filter(g -> g.startsWith("SYNTHETIC_UNMAPPED_")).toList();
            assertThat(unmapped).hasSize(12);
            long versioned = input.geneIds().stream().filter(g -> g.startsWith("ENSG") && g.contains(".")).count();
            assertThat(versioned).isEqualTo(300);
            assertThat(input.geneIds()).contains("ENSG00000137265"); // IRF4
        }
    }
}
