package org.gluegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

/**
 * The fields the explorer pages needed, added to the schema for every client: Gene.id, both ends of a page,
 * DOIs on view edges, gene suggestions, and a contrast's rows in one TSV.
 */
class ClientFieldsTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @LocalServerPort
    int port;

    @Test
    void geneIdIsTheHgncId() {
        var r = graphQl.document("{ gene(id: \"Ikaros\") { id hgncId symbol } }").execute();
        r.path("gene.id").entity(String.class).isEqualTo("HGNC:13176");
        r.path("gene.hgncId").entity(String.class).isEqualTo("HGNC:13176");
    }

    @Test
    void pageInfoTellsBothEnds() {
        String q = "query($after: String) { pathways(collection: \"HALLMARK\", first: 10, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }";
        var first = graphQl.document(q).execute();
        first.path("pathways.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        first.path("pathways.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String firstCursor = first.path("pathways.edges[0].cursor").entity(String.class).get();
        first.path("pathways.pageInfo.startCursor").entity(String.class).isEqualTo(firstCursor);
        String end = first.path("pathways.pageInfo.endCursor").entity(String.class).get();
        var second = graphQl.document(q).variable("after", end).execute();
        second.path("pathways.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        String secondStart = second.path("pathways.edges[0].cursor").entity(String.class).get();
        second.path("pathways.pageInfo.startCursor").entity(String.class).isEqualTo(secondStart);
        assertThat(secondStart).isNotEqualTo(firstCursor);
    }

    @Test
    void viewEdgesShowDoiOnlyEvidenceWithItsDoi() {
        // lenalidomide DOWNREGULATES MYC rests on a publication with a DOI and no PMID (seed-data/curated)
        var edges = graphQl.document("{ graphView(input: {drug: \"lenalidomide\"}) { nodes { id label } edges { source target relation pmids dois evidenceCount } } }")
                .execute().path("graphView").entity(Map.class).get();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) edges.get("nodes");
        String myc = nodes.stream().filter(n -> "MYC".equals(n.get("label"))).map(n -> (String) n.get("id")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> down = ((List<Map<String, Object>>) edges.get("edges")).stream()
                .filter(e -> "DOWNREGULATES".equals(e.get("relation")) && myc.equals(e.get("target"))).findFirst().orElseThrow();
        assertThat((List<?>) down.get("pmids")).isEmpty();
        assertThat((List<Object>) down.get("dois")).contains((Object) "10.1038/bcj.2015.66");
        assertThat(((Number) down.get("evidenceCount")).intValue()).isEqualTo(((List<?>) down.get("dois")).size());
    }

    @Test
    void suggestionsByPrefixOfAnyIdentifier() {
        graphQl.document("{ suggestGenes(prefix: \"ikar\", first: 5) { term matchedOn gene { symbol } } }").execute()
                .path("suggestGenes[0].gene.symbol").entity(String.class).isEqualTo("IKZF1")
                .path("suggestGenes[0].matchedOn").entity(String.class).isEqualTo("alias");
        // an exact approved symbol comes first, before longer symbols that share the prefix
        graphQl.document("{ suggestGenes(prefix: \"MYC\") { gene { symbol } } }").execute()
                .path("suggestGenes[0].gene.symbol").entity(String.class).isEqualTo("MYC")
                .path("suggestGenes[*].gene.symbol").entityList(String.class).hasSizeGreaterThan(3).contains("MYCN");
        graphQl.document("{ suggestGenes(prefix: \"MYC\", first: 51) { term } }").execute().errors()
                .satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getMessage()).contains("first")));
    }

    @Test
    void aContrastsRowsComeAsOneTsv() {
        int tested = graphQl.document("{ contrast(id: \"lenalidomide_vs_dmso_synthetic\") { testedGenes } }").execute()
                .path("contrast.testedGenes").entity(Integer.class).get();
        String tsv = RestClient.create("http://localhost:" + port).get()
                .uri("/api/contrasts/lenalidomide_vs_dmso_synthetic/results").retrieve().body(String.class);
        List<String> lines = List.of(tsv.split("\n"));
        assertThat(lines.get(0)).isEqualTo("symbol\thgncId\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj");
        long withPvalue = lines.stream().skip(1).filter(l -> !l.split("\t")[6].equals("NA")).count();
        assertThat(withPvalue).isEqualTo(tested);
        assertThat(lines).anyMatch(l -> l.startsWith("IRF4\tHGNC:6119\t"));
        var missing = RestClient.create("http://localhost:" + port).get().uri("/api/contrasts/no_such_contrast/results")
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(Map.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getBody()).containsEntry("classification", "NOT_FOUND");
    }
}
