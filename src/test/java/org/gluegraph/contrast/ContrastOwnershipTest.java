package org.gluegraph.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Contrasts are somebody's: only the owner or an EDITOR replaces one, the seed's are protected, and every creation
 * and replacement is in the contrast's history.
 */
class ContrastOwnershipTest extends IntegrationTest {

    private static final Path STUDY = Path.of("seed-data/expression");
    private static final String RUN = "mutation($input: DifferentialExpressionInput!) { runDifferentialExpression("
            + "input: $input) { id name owner seeded history { action actor source contrastId previousContrastId } } }";
    private static final String HISTORY = "query($name: ID!) { contrast(id: $name) { id owner seeded "
            + "history { action actor source contrastId previousContrastId countsSha256 } } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    DatasetStore datasets;

    private String dataset() throws Exception {
        try (var c = Files.newInputStream(STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv"));
             var s = Files.newInputStream(STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv"))) {
            return datasets.store("counts.tsv", c, "samples.tsv", s).id();
        }
    }

    private GraphQlTester.Response run(String key, String dataset, String name) {
        return as(graphQl, key).document(RUN).variable("input", Map.of("dataset", dataset, "name", name,
                "design", "~ treatment", "factor", "treatment", "numerator", "lenalidomide", "denominator", "DMSO"))
                .execute();
    }

    private static void forbidden(GraphQlTester.Response r, String... words) {
        r.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("classification", "FORBIDDEN");
            for (String w : words) {
                assertThat(errors.get(0).getMessage()).contains(w);
            }
        });
    }

    @Test
    void onlyTheOwnerOrAnEditorReplacesAContrastAndEachStepIsInItsHistory() throws Exception {
        String dataset = dataset();
        var created = run(CURATOR, dataset, "owned_by_carol");
        created.path("runDifferentialExpression.owner").entity(String.class).isEqualTo("carol");
        String first = created.path("runDifferentialExpression.id").entity(String.class).get();

        forbidden(run(CURATOR_2, dataset, "owned_by_carol"), "belongs to 'carol'", "EDITOR");
        graphQl.document(HISTORY).variable("name", "owned_by_carol").execute()
                .path("contrast.id").entity(String.class).isEqualTo(first);

        String second = run(CURATOR, dataset, "owned_by_carol").path("runDifferentialExpression.id")
                .entity(String.class).get();
        var byEditor = run(EDITOR, dataset, "owned_by_carol");
        byEditor.path("runDifferentialExpression.owner").entity(String.class).isEqualTo("carol");
        String third = byEditor.path("runDifferentialExpression.id").entity(String.class).get();

        var history = graphQl.document(HISTORY).variable("name", "owned_by_carol").execute();
        history.path("contrast.history[*].action").entityList(String.class)
                .containsExactly("CREATE", "REPLACE", "REPLACE");
        history.path("contrast.history[*].actor").entityList(String.class).containsExactly("carol", "carol", "eve");
        history.path("contrast.history[*].contrastId").entityList(String.class).containsExactly(first, second, third);
        history.path("contrast.history[*].previousContrastId").entityList(String.class)
                .containsExactly(null, first, second);
        history.path("contrast.history[*].countsSha256").entityList(String.class)
                .satisfies(l -> assertThat(l).hasSize(3).allMatch(d -> d.matches("[0-9a-f]{64}")));
    }

    @Test
    void seededContrastsAreProtectedFromEveryApiCaller() throws Exception {
        var seeded = graphQl.document(HISTORY).variable("name", "lenalidomide_vs_dmso_synthetic").execute();
        seeded.path("contrast.seeded").entity(Boolean.class).isEqualTo(true);
        seeded.path("contrast.owner").entity(String.class).isEqualTo("seed");
        seeded.path("contrast.history[0].source").entity(String.class).isEqualTo("SEED");
        String id = seeded.path("contrast.id").entity(String.class).get();
        String dataset = dataset();
        forbidden(run(CURATOR, dataset, "lenalidomide_vs_dmso_synthetic"), "seed data", "protected");
        forbidden(run(EDITOR, dataset, "lenalidomide_vs_dmso_synthetic"), "seed data");
        forbidden(run("admin-key-1", dataset, "lenalidomide_vs_dmso_synthetic"), "seed data");
        var after = graphQl.document(HISTORY).variable("name", "lenalidomide_vs_dmso_synthetic").execute();
        after.path("contrast.id").entity(String.class).isEqualTo(id);
        after.path("contrast.history[*].action").entityList(String.class).isEqualTo(List.of("CREATE"));
    }
}
