package org.gluegraph.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** enrichment(input:) over the collections in the graph and the demonstration contrasts. */
class EnrichmentQueriesTest extends IntegrationTest {

    private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() { };

    @Autowired
    HttpGraphQlTester graphQl;

    private List<Map<String, Object>> results(Map<String, Object> input) {
        return graphQl.documentName("enrichment").variable("input", input).execute()
                .path("enrichment.results").entityList(ROW).get();
    }

    private static List<String> ids(List<Map<String, Object>> rows, int n) {
        return rows.stream().limit(n).map(r -> (String) ((Map<?, ?>) r.get("pathway")).get("id")).toList();
    }

    @Test
    void lenalidomideUpGenesFallInInterferonSetsAndDownGenesInMycTargets() {
        var up = results(Map.of("contrast", "lenalidomide_vs_dmso_synthetic", "direction", "UP",
                "collections", List.of("HALLMARK")));
        assertThat(ids(up, 3)).contains("HALLMARK_INTERFERON_ALPHA_RESPONSE", "HALLMARK_INTERFERON_GAMMA_RESPONSE");
        assertThat(((Number) up.get(0).get("padj")).doubleValue()).isLessThan(1e-10);
        var down = results(Map.of("contrast", "lenalidomide_vs_dmso_synthetic", "direction", "DOWN",
                "collections", List.of("HALLMARK")));
        assertThat(ids(down, 3)).contains("HALLMARK_MYC_TARGETS_V1");
    }

    @Test
    void gseaOnTheContrastRanksInterferonUpAndMycTargetsDown() {
        var rows = results(Map.of("method", "GSEA", "contrast", "lenalidomide_vs_dmso_synthetic",
                "collections", List.of("HALLMARK"), "permutations", 1000, "first", 50));
        Map<String, Double> nes = new java.util.HashMap<>();
        rows.forEach(r -> nes.put((String) ((Map<?, ?>) r.get("pathway")).get("id"), ((Number) r.get("nes")).doubleValue()));
        assertThat(nes.get("HALLMARK_INTERFERON_ALPHA_RESPONSE")).isGreaterThan(1.5);
        assertThat(nes.get("HALLMARK_MYC_TARGETS_V1")).isLessThan(-1.5);
    }

    @Test
    void geneListWithUnknownAndAmbiguousIdentifiersAndAUniverse() {
        var r = graphQl.documentName("enrichment").variable("input", Map.of(
                "genes", List.of("ISG15", "IFIT1", "IFIT3", "MX1", "OAS1", "STAT1", "IRF7", "not-a-gene", "BRCA1"),
                "universe", List.of("ISG15", "IFIT1", "IFIT3", "MX1", "OAS1", "STAT1", "IRF7", "TP53", "MYC", "CDK6",
                        "GAPDH", "ACTB", "EGFR", "KRAS", "IRF4", "IKZF1", "IKZF3", "CRBN", "ADAR", "CTNNB1"),
                "collections", List.of("HALLMARK"), "minSize", 2)).execute();
        r.path("enrichment.unmatched").entityList(String.class).contains("not-a-gene");
        r.path("enrichment.outsideUniverse").entityList(String.class).containsExactly("BRCA1");
        r.path("enrichment.querySize").entity(Integer.class).isEqualTo(7);
        r.path("enrichment.universeSize").entity(Integer.class).satisfies(n -> assertThat(n).isLessThanOrEqualTo(20));
        r.path("enrichment.results[0].pathway.id").entity(String.class)
                .satisfies(id -> assertThat(id).startsWith("HALLMARK_INTERFERON_"));
        r.path("enrichment.collections[0].name").entity(String.class).isEqualTo("HALLMARK");
    }

    @Test
    void aRepeatedUniverseGivesTheSameAnswerIncludingItsUnmatchedIdentifiers() {
        // the second call is answered from the resolved-universe cache: it must report the same misses
        List<String> universe = List.of("ISG15", "IFIT1", "IFIT3", "MX1", "OAS1", "STAT1", "IRF7", "TP53", "MYC",
                "CDK6", "GAPDH", "ACTB", "EGFR", "KRAS", "IRF4", "no-such-gene-in-universe");
        for (int first : new int[] {5, 6}) {
            var r = graphQl.documentName("enrichment").variable("input", Map.of(
                    "genes", List.of("ISG15", "IFIT1", "IFIT3", "MX1", "BRCA1"), "universe", universe,
                    "collections", List.of("HALLMARK"), "minSize", 2, "first", first)).execute();
            r.path("enrichment.unmatched").entityList(String.class).containsExactly("no-such-gene-in-universe");
            r.path("enrichment.outsideUniverse").entityList(String.class).containsExactly("BRCA1");
            r.path("enrichment.querySize").entity(Integer.class).isEqualTo(4);
            r.path("enrichment.results[0].pathway.id").entity(String.class)
                    .satisfies(id -> assertThat(id).startsWith("HALLMARK_INTERFERON_"));
        }
    }

    @Test
    void badInputIsABadRequest() {
        for (Map<String, Object> input : List.<Map<String, Object>>of(
                Map.of("genes", List.of("MYC"), "collections", List.of("KEGG")),
                Map.of("genes", List.of()),
                Map.of("method", "GSEA", "contrast", "lenalidomide_vs_dmso_synthetic", "permutations", 5),
                Map.of("genes", List.of("MYC", "TP53"), "universe", List.of("MYC")),
                Map.of("genes", List.of("no-such-gene-xyz")))) {
            graphQl.documentName("enrichment").variable("input", input).execute().errors().satisfy(errors -> {
                assertThat(errors).as(input.toString()).hasSize(1);
                assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
            });
        }
    }
}
