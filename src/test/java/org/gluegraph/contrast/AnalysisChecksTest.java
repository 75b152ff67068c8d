package org.gluegraph.contrast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.gluegraph.expression.DifferentialExpression;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Budget;
import org.gluegraph.shared.BudgetExceededException;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run's name, design and contrast are checked before the computation: under a budget already called off, a bad
 * input is still reported as bad input (nothing before those checks asks the budget), and a good one goes on to
 * the work, which the budget then stops. Dataset ids cannot be derived from the files.
 */
class AnalysisChecksTest extends IntegrationTest {

    private static final Path STUDY = Path.of("seed-data/expression");

    private static final ContrastWriter.Author AUTHOR = new ContrastWriter.Author("carol", false,
            ContrastWriter.Author.Source.API);

    @Autowired
    DifferentialExpressionService analyses;

    @Autowired
    DatasetStore datasets;

    @AfterEach
    void close() {
        Budget.close();
    }

    private String upload() throws Exception {
        Path counts = STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv");
        Path samples = STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv");
        try (var c = Files.newInputStream(counts); var s = Files.newInputStream(samples)) {
            return datasets.store("counts.tsv", c, "samples.tsv", s).id();
        }
    }

    private static DifferentialExpressionService.Request request(String dataset, String name, String design,
            String numerator) {
        return new DifferentialExpressionService.Request(dataset, name, design, "treatment", numerator, "DMSO");
    }

    @Test
    void badNamesDesignsAndLevelsAreRefusedBeforeTheComputation() throws Exception {
        String id = upload();
        Budget.open("called-off", Duration.ofMinutes(5), "test").cancel("test: called off");
        assertThatThrownBy(() -> analyses.run(request(id, "no spaces allowed", "~ treatment", "lenalidomide"), AUTHOR))
                .isInstanceOf(BadInputException.class).hasMessageContaining("name:");
        assertThatThrownBy(() -> analyses.run(request(id, "ok_name", "~ dose", "lenalidomide"), AUTHOR))
                .isInstanceOf(BadInputException.class).hasMessageContaining("dose");
        assertThatThrownBy(() -> analyses.run(request(id, "ok_name", "~ treatment", "pomalidomide"), AUTHOR))
                .isInstanceOf(BadInputException.class).hasMessageContaining("pomalidomide");
        // all good: the work starts, and the budget stops it
        assertThatThrownBy(() -> analyses.run(request(id, "ok_name", "~ treatment", "lenalidomide"), AUTHOR))
                .isInstanceOf(BudgetExceededException.class);
    }

    @Test
    void datasetIdsAreNotTheFilesDigestAndOldOnesAreExplained() throws Exception {
        String id = upload();
        assertThat(id).matches("[0-9a-f]{32}").isEqualTo(upload());
        String digest = DifferentialExpression.digest(STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv"),
                STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv"));
        assertThat(digest).doesNotContain(id.substring(0, 8));
        assertThat(datasets.get(id).genes()).isEqualTo(19251);
        assertThatThrownBy(() -> datasets.get(digest.substring(0, 16))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("upload the files again");
    }
}
