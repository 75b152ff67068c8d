package org.gluegraph.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

class PathwayQueriesTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void pathwayWithMembersAndHierarchy() {
        // R-HSA-1280215 "Cytokine Signaling in Immune system" sits under R-HSA-168256 "Immune System"
        var r = graphQl.document("""
                { pathway(id: "R-HSA-1280215") { id name collection version size
                    genes(first: 3) { totalCount edges { node { symbol } } }
                    parents { id name } children { id } } }""").execute();
        r.path("pathway.name").entity(String.class).isEqualTo("Cytokine Signaling in Immune system");
        r.path("pathway.collection").entity(String.class).isEqualTo("REACTOME");
        r.path("pathway.version").entity(String.class).isEqualTo("2025-09-02");
        r.path("pathway.parents[*].id").entityList(String.class).containsExactly("R-HSA-168256");
        r.path("pathway.children").entityList(Object.class).hasSizeGreaterThan(3);
        int size = r.path("pathway.size").entity(Integer.class).get();
        r.path("pathway.genes.totalCount").entity(Integer.class).isEqualTo(size);
        r.path("pathway.genes.edges").entityList(Object.class).hasSize(3);
    }

    @Test
    void searchByCollectionAndTextWithPaging() {
        var first = graphQl.documentName("pathways").variable("collection", "HALLMARK").variable("first", 20).execute();
        first.path("pathways.totalCount").entity(Integer.class).isEqualTo(50);
        first.path("pathways.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = first.path("pathways.pageInfo.endCursor").entity(String.class).get();
        List<String> page1 = first.path("pathways.edges[*].node.id").entityList(String.class).get();
        var second = graphQl.documentName("pathways").variable("collection", "HALLMARK").variable("first", 40)
                .variable("after", cursor).execute();
        List<String> page2 = second.path("pathways.edges[*].node.id").entityList(String.class).get();
        assertThat(page2).hasSize(30).doesNotContainAnyElementsOf(page1);
        second.path("pathways.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

        var text = graphQl.documentName("pathways").variable("text", "interferon alpha").execute();
        text.path("pathways.edges[*].node.id").entityList(String.class).contains("HALLMARK_INTERFERON_ALPHA_RESPONSE");
        graphQl.documentName("pathways").variable("collection", "wikipathways").variable("text", "WP100").execute()
                .path("pathways.edges[0].node.name").entity(String.class).isEqualTo("Glutathione metabolism");
    }

    @Test
    void genePathwaysByCollection() {
        var r = graphQl.document("""
                { gene(id: "MYC") { pathways(collection: "HALLMARK", first: 50) { totalCount edges { node { id } } } } }""").execute();
        r.path("gene.pathways.edges[*].node.id").entityList(String.class)
                .contains("HALLMARK_MYC_TARGETS_V1", "HALLMARK_MYC_TARGETS_V2");
    }

    @Test
    void pathwayViewDrawsMembersAndTheirCuratedEdges() {
        var r = graphQl.documentName("graphView").variable("input", Map.of("pathway", "HALLMARK_MYC_TARGETS_V2")).execute();
        List<String> ids = r.path("graphView.nodes[*].id").entityList(String.class).get();
        assertThat(ids).contains("HGNC:7553"); // MYC
        List<String> sources = r.path("graphView.edges[*].source").entityList(String.class).get();
        List<String> targets = r.path("graphView.edges[*].target").entityList(String.class).get();
        assertThat(ids).containsAll(sources).containsAll(targets);
        assertThat(sources).isNotEmpty();
    }
}
