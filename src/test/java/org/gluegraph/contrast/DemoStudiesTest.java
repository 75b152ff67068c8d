package org.gluegraph.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The two SYNTHETIC demonstration studies are attached at first start and drive the mechanism views. */
class DemoStudiesTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void bothStudiesAreAttachedAtFirstStart() {
        graphQl.documentName("contrastNames").execute().path("contrasts[*].name").entityList(String.class)
                .contains("lenalidomide_vs_dmso_synthetic", "resistant_vs_sensitive_synthetic");
    }

    @Test
    void lenalidomideContrastAgreesWithThePredictedFallOfMyc() {
        List<Map<String, Object>> paths = graphQl.documentName("mechanismObserved")
                .variable("drug", "lenalidomide").variable("target", "MYC")
                .variable("contrast", "lenalidomide_vs_dmso_synthetic").execute()
                .path("mechanism").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .get();
        assertThat(paths).isNotEmpty();
        for (Map<String, Object> p : paths) {
            Map<?, ?> observed = (Map<?, ?>) p.get("observed");
            assertThat(((Number) observed.get("log2FoldChange")).doubleValue()).isLessThan(-0.9);
            assertThat(((Number) observed.get("padj")).doubleValue()).isLessThan(0.05);
            assertThat(p.get("expressionCheck")).isEqualTo(((Number) p.get("predictedSign")).intValue() == -1
                    ? "SUPPORTED" : "CONTRADICTED");
            assertThat(p.get("consistent")).isEqualTo(((Number) p.get("predictedSign")).intValue() == -1);
        }
    }

    @Test
    void resistanceContrastSupportsLowCrbnAndHighCdk6() {
        List<Map<String, Object>> findings = graphQl.documentName("resistanceObserved")
                .variable("drug", "lenalidomide").variable("contrast", "resistant_vs_sensitive_synthetic").execute()
                .path("resistanceMechanisms").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .get();
        Map<String, Object> bySymbol = new java.util.HashMap<>();
        findings.forEach(f -> bySymbol.put((String) ((Map<?, ?>) f.get("gene")).get("symbol"), f.get("supported")));
        assertThat(bySymbol).containsEntry("CRBN", true).containsEntry("CDK6", true).containsEntry("ADAR", true)
                .containsEntry("IRF4", true);
        Map<String, Object> checks = new java.util.HashMap<>();
        findings.forEach(f -> checks.put((String) ((Map<?, ?>) f.get("gene")).get("symbol"), f.get("expressionCheck")));
        assertThat(checks).containsEntry("CRBN", "SUPPORTED").containsEntry("CDK6", "SUPPORTED");
    }
}
