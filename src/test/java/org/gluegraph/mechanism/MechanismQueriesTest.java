package org.gluegraph.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

class MechanismQueriesTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    record Path(int predictedSign, List<Map<String, Object>> nodes, List<Map<String, Object>> relations) {
        List<String> names() {
            return nodes.stream().map(n -> (String) n.getOrDefault("symbol", n.get("name"))).toList();
        }

        List<String> predicates() {
            return relations.stream().map(r -> (String) r.get("predicate")).toList();
        }
    }

    private List<Path> mechanism(String drug, String target, Integer hops, boolean unreviewed) {
        return graphQl.documentName("mechanism").variable("drug", drug).variable("target", target)
                .variable("maxHops", hops).variable("unreviewed", unreviewed).execute()
                .path("mechanism").entityList(Path.class).get();
    }

    @Test
    void lenalidomideToMycThroughIkarosAiolosAndIrf4() {
        List<Path> paths = mechanism("lenalidomide", "MYC", null, false);
        assertThat(paths).extracting(Path::names).contains(
                List.of("lenalidomide", "IKZF1", "MYC"),
                List.of("lenalidomide", "IKZF3", "MYC"),
                List.of("lenalidomide", "IRF4", "MYC"),
                List.of("lenalidomide", "IKZF1", "IRF4", "MYC"),
                List.of("lenalidomide", "IKZF3", "IRF4", "MYC"),
                List.of("lenalidomide", "MYC"));
        assertThat(paths).hasSize(6);
        Path viaIkaros = paths.stream().filter(p -> p.names().equals(List.of("lenalidomide", "IKZF1", "MYC"))).findFirst().orElseThrow();
        assertThat(viaIkaros.predicates()).containsExactly("DEGRADES", "ACTIVATES");
        assertThat(viaIkaros.predictedSign()).isEqualTo(-1);
        assertThat(paths).allSatisfy(p -> assertThat(p.predictedSign()).isEqualTo(-1));
        // every relation carries its publications
        @SuppressWarnings("unchecked")
        var evidence = (List<Map<String, Object>>) viaIkaros.relations().get(0).get("evidence");
        assertThat(evidence).extracting(e -> ((Map<String, Object>) e.get("publication")).get("pmid"))
                .containsExactlyInAnyOrder("24292625", "24292623");
        assertThat(evidence).extracting(e -> ((Map<String, Object>) e.get("publication")).get("doi"))
                .contains("10.1126/science.1244851");
    }

    @Test
    void degradingARepressorRaisesIl2() {
        List<Path> paths = mechanism("LENALIDOMIDE", "IL2", null, false);
        assertThat(paths).extracting(Path::names).contains(List.of("lenalidomide", "IKZF1", "IL2"), List.of("lenalidomide", "IL2"));
        assertThat(paths).allSatisfy(p -> assertThat(p.predictedSign()).isEqualTo(1));
    }

    @Test
    void drugsResolveByChemblAndDrugbankIds() {
        assertThat(mechanism("CHEMBL848", "MYC", null, false)).hasSize(6);
        assertThat(mechanism("db00480", "MYC", null, false)).hasSize(6);
    }

    @Test
    void withoutTargetAllPathsUpToMaxHops() {
        List<Path> direct = mechanism("lenalidomide", null, 1, false);
        assertThat(direct).extracting(p -> p.names().get(1))
                .containsExactlyInAnyOrder("CRBN", "IKZF1", "IKZF3", "CSNK1A1", "ZFP91", "IRF4", "MYC", "IL2", "BSG", "SLC16A1");
        List<Path> two = mechanism("lenalidomide", null, 2, false);
        assertThat(two).extracting(Path::names).contains(List.of("lenalidomide", "CRBN", "DDB1"));
        assertThat(two.stream().filter(p -> p.names().equals(List.of("lenalidomide", "CRBN", "DDB1"))).findFirst().orElseThrow()
                .predictedSign()).isZero();
        // paths never revisit a node (MYC -> IRF4 -> MYC loops are cut)
        assertThat(mechanism("lenalidomide", null, 4, false))
                .allSatisfy(p -> assertThat(p.names()).doesNotHaveDuplicates());
    }

    @Test
    void resistanceListsAcceptedFindingsUnlessUnreviewedAreAsked() {
        var accepted = graphQl.documentName("resistance").variable("drug", "lenalidomide").variable("unreviewed", false)
                .execute().path("resistanceMechanisms").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(accepted).extracting(f -> ((Map<?, ?>) f.get("gene")).get("symbol") + ":" + f.get("direction"))
                .containsExactlyInAnyOrder("ADAR:HIGH", "CDK6:HIGH", "CRBN:LOW", "IRF4:HIGH", "MYC:HIGH");
        var all = graphQl.documentName("resistance").variable("drug", "lenalidomide").variable("unreviewed", true)
                .execute().path("resistanceMechanisms").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(all).extracting(f -> ((Map<?, ?>) f.get("gene")).get("symbol") + ":" + f.get("direction"))
                .containsExactlyInAnyOrder("ADAR:HIGH", "CDK6:HIGH", "CRBN:LOW", "IRF4:HIGH", "MYC:HIGH",
                        "STAT3:HIGH", "CTNNB1:HIGH", "NLRP4:HIGH", "NFKBIZ:LOW", "COPS9:LOW");
        assertThat(all).filteredOn(f -> ((Map<?, ?>) f.get("gene")).get("symbol").equals("NLRP4"))
                .extracting(f -> (Object) ((Map<?, ?>) f.get("relation")).get("status")).containsExactly("SUBMITTED");
    }

    @Test
    void drugViewEdgesJoinListedNodes() {
        var view = graphQl.documentName("graphView")
                .variable("input", Map.of("drug", "lenalidomide", "maxHops", 2)).execute();
        List<String> nodeIds = view.path("graphView.nodes[*].id").entityList(String.class).get();
        List<Map<String, Object>> edges = view.path("graphView.edges").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(nodeIds).doesNotHaveDuplicates().contains("lenalidomide", "HGNC:13176", "HGNC:30185");
        assertThat(edges).isNotEmpty().allSatisfy(e -> {
            assertThat(nodeIds).contains((String) e.get("source"), (String) e.get("target"));
            assertThat((Integer) e.get("evidenceCount")).isPositive();
        });
        // resistance edges point from the gene to the drug
        assertThat(edges).anySatisfy(e -> {
            assertThat(e.get("relation")).isEqualTo("RESISTANCE_WHEN_LOW");
            assertThat(e.get("source")).isEqualTo("HGNC:30185");
            assertThat(e.get("target")).isEqualTo("lenalidomide");
        });
        Map<String, Object> cy = view.path("graphView.cytoscape").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat((List<?>) cy.get("nodes")).hasSize(nodeIds.size());
        assertThat((List<?>) cy.get("edges")).hasSize(edges.size());
    }

    @Test
    void geneListViewAddsCuratedNeighboursThatAreDrugs() {
        var view = graphQl.documentName("graphView")
                .variable("input", Map.of("genes", List.of("IKZF1", "IRF4", "MYC"))).execute();
        List<String> labels = view.path("graphView.nodes[*].label").entityList(String.class).get();
        assertThat(labels).contains("IKZF1", "IRF4", "MYC", "lenalidomide", "pomalidomide");
        List<Map<String, Object>> edges = view.path("graphView.edges").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        List<String> ids = view.path("graphView.nodes[*].id").entityList(String.class).get();
        assertThat(edges).allSatisfy(e -> assertThat(ids).contains((String) e.get("source"), (String) e.get("target")));
        assertThat(edges).extracting(e -> e.get("id")).contains("r17", "r21", "r22", "r07");
    }
}
