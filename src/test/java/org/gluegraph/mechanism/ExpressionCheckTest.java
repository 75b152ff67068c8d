package org.gluegraph.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Expression checks at the level where each claim acts, on the two demonstration contrasts. */
class ExpressionCheckTest extends IntegrationTest {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    @Autowired
    HttpGraphQlTester graphQl;

    private static ExpressionResult result(Double lfc, Double padj) {
        return new ExpressionResult(null, "c", 100, lfc, 0.1, 1.0, padj == null ? null : padj / 2, padj);
    }

    @Test
    void theVerdictFollowsLevelSignAndSignificance() {
        assertThat(ExpressionCheck.of(false, -1, result(-2.0, 1e-9), 0.05)).isEqualTo(ExpressionCheck.NOT_PREDICTED);
        assertThat(ExpressionCheck.of(true, 0, result(-2.0, 1e-9), 0.05)).isEqualTo(ExpressionCheck.NOT_PREDICTED);
        assertThat(ExpressionCheck.of(true, -1, null, 0.05)).isEqualTo(ExpressionCheck.NOT_MEASURED);
        assertThat(ExpressionCheck.of(true, -1, result(-2.0, null), 0.05)).isEqualTo(ExpressionCheck.NOT_MEASURED);
        assertThat(ExpressionCheck.of(true, -1, result(-2.0, 0.2), 0.05)).isEqualTo(ExpressionCheck.NOT_SIGNIFICANT);
        assertThat(ExpressionCheck.of(true, -1, result(-2.0, 0.01), 0.05)).isEqualTo(ExpressionCheck.SUPPORTED);
        assertThat(ExpressionCheck.of(true, 1, result(-2.0, 0.01), 0.05)).isEqualTo(ExpressionCheck.CONTRADICTED);
        assertThat(ExpressionCheck.of(true, 1, result(-2.0, 0.01), 0.005)).isEqualTo(ExpressionCheck.NOT_SIGNIFICANT);
        assertThat(ExpressionCheck.SUPPORTED.agrees()).isTrue();
        assertThat(ExpressionCheck.CONTRADICTED.agrees()).isFalse();
        assertThat(ExpressionCheck.NOT_PREDICTED.agrees()).isNull();
    }

    @Test
    void aDegraderIsNeverContradictedByItsTargetsUnchangedMrna() {
        List<Map<String, Object>> paths = graphQl.documentName("mechanismObserved").variable("drug", "lenalidomide")
                .variable("target", "IKZF1").variable("contrast", "lenalidomide_vs_dmso_synthetic").execute()
                .path("mechanism").entityList(MAP).get();
        Map<String, Object> direct = paths.stream().filter(p -> ((List<?>) p.get("relations")).size() == 1)
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> relation = (Map<String, Object>) ((List<?>) direct.get("relations")).get(0);
        assertThat(relation).containsEntry("predicate", "DEGRADES").containsEntry("level", "PROTEIN");
        assertThat(direct).containsEntry("expressionCheck", "NOT_PREDICTED").containsEntry("consistent", null);
        // the transcription factor's targets are transcript-level: MYC falls as predicted on every path
        graphQl.documentName("mechanismObserved").variable("drug", "lenalidomide").variable("target", "MYC")
                .variable("contrast", "lenalidomide_vs_dmso_synthetic").execute()
                .path("mechanism[*].expressionCheck").entityList(String.class).containsExactly(
                        graphQl.documentName("mechanismObserved").variable("drug", "lenalidomide")
                                .variable("target", "MYC").execute().path("mechanism[*].predictedSign")
                                .entityList(Integer.class).get().stream().map(s -> s == -1 ? "SUPPORTED" : "CONTRADICTED")
                                .toArray(String[]::new));
    }

    @Test
    void withoutAContrastThereIsNoCheck() {
        graphQl.documentName("mechanismObserved").variable("drug", "lenalidomide").variable("target", "MYC").execute()
                .path("mechanism[0].expressionCheck").valueIsNull()
                .path("mechanism[0].consistent").valueIsNull();
    }

    private Map<String, String> verdicts(String contrast, String kind) {
        List<Map<String, Object>> items = graphQl.documentName("contrastCheck").variable("contrast", contrast)
                .variable("drug", "lenalidomide").execute().path("contrastCheck.items").entityList(MAP).get();
        Map<String, String> out = new java.util.HashMap<>();
        for (Map<String, Object> i : items) {
            if (!kind.equals(i.get("kind"))) {
                continue;
            }
            String symbol = (String) ((Map<?, ?>) i.get("gene")).get("symbol");
            out.merge(symbol, (String) i.get("verdict"), (a, b) -> a.equals(b) ? a : a + "," + b);
        }
        return out;
    }

    @Test
    void contrastCheckOfTheDemoContrasts() {
        Map<String, String> lenalidomide = verdicts("lenalidomide_vs_dmso_synthetic", "MECHANISM");
        assertThat(lenalidomide.get("MYC")).contains("SUPPORTED").doesNotContain("CONTRADICTED");
        assertThat(lenalidomide.get("IRF4")).contains("SUPPORTED").doesNotContain("CONTRADICTED");
        assertThat(lenalidomide.get("IKZF1")).contains("NOT_PREDICTED");
        Map<String, String> resistance = verdicts("resistant_vs_sensitive_synthetic", "RESISTANCE");
        assertThat(resistance.get("CRBN")).contains("SUPPORTED");

        Map<String, Object> check = graphQl.documentName("contrastCheck")
                .variable("contrast", "lenalidomide_vs_dmso_synthetic").variable("drug", "lenalidomide").execute()
                .path("contrastCheck").entity(MAP).get();
        assertThat(((Map<?, ?>) check.get("contrast")).get("name")).isEqualTo("lenalidomide_vs_dmso_synthetic");
        int items = ((List<?>) check.get("items")).size();
        int sum = 0;
        for (String k : List.of("supported", "contradicted", "notSignificant", "notMeasured", "notPredicted")) {
            sum += ((Number) check.get(k)).intValue();
        }
        assertThat(sum).isEqualTo(items).isPositive();
    }

    @Test
    void contrastCheckValidatesItsArguments() {
        graphQl.documentName("contrastCheck").variable("contrast", "no_such_contrast").execute().errors()
                .expect(e -> e.getMessage().contains("no contrast has the id or name 'no_such_contrast'")).verify();
        graphQl.documentName("contrastCheck").variable("contrast", "lenalidomide_vs_dmso_synthetic")
                .variable("padjBelow", 2.0).execute().errors()
                .expect(e -> e.getMessage().startsWith("padjBelow: expected a number in (0, 1]")).verify();
    }
}
