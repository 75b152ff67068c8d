package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Bad input gets a clear, classified error and the server keeps serving. */
class LimitsAndErrorsTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TestRestTemplate http;

    private void assertError(String document, String classification, String... fragments) {
        graphQl.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getExtensions()).containsEntry("classification", classification);
            for (String f : fragments) {
                assertThat(errors.get(0).getMessage()).contains(f);
            }
            assertThat(errors.get(0).getMessage()).doesNotContain("Exception").doesNotContain("at org.");
        });
        // and the next request is answered as usual
        graphQl.document("{ gene(id: \"CRBN\") { symbol } }").execute().path("gene.symbol").entity(String.class).isEqualTo("CRBN");
    }

    @Test
    void absurdMaxHops() {
        assertError("{ mechanism(drug: \"lenalidomide\", maxHops: 1000) { predictedSign } }", "BAD_REQUEST", "maxHops", "1 to 6");
        assertError("{ mechanism(drug: \"lenalidomide\", maxHops: 0) { predictedSign } }", "BAD_REQUEST", "maxHops");
    }

    @Test
    void absurdPageSize() {
        assertError("{ drugs(first: 100000) { totalCount } }", "BAD_REQUEST", "first", "0 to 500");
        assertError("{ pathways(first: -1) { totalCount } }", "BAD_REQUEST", "first");
    }

    @Test
    void forgedCursor() {
        assertError("{ drugs(after: \"not-a-cursor\") { totalCount } }", "BAD_REQUEST", "after", "cursor");
    }

    @Test
    void unknownDrugIsNotFound() {
        assertError("{ mechanism(drug: \"aspirin-ish\") { predictedSign } }", "NOT_FOUND", "aspirin-ish");
        assertError("{ resistanceMechanisms(drug: \"nope\") { direction } }", "NOT_FOUND", "nope");
    }

    @Test
    void unknownTargetIsNotFound() {
        assertError("{ mechanism(drug: \"lenalidomide\", target: \"NOPE1\") { predictedSign } }", "NOT_FOUND", "target", "NOPE1");
    }

    @Test
    void unknownCollection() {
        assertError("{ pathways(collection: \"KEGG\") { totalCount } }", "BAD_REQUEST", "KEGG", "REACTOME");
    }

    @Test
    void stringsThatLookLikeCypherAreJustStrings() {
        graphQl.document("{ gene(id: \"MYC'}) DETACH DELETE n //\") { symbol } }").execute().path("gene").valueIsNull();
        graphQl.document("{ drug(id: \"x` MATCH (n) DETACH DELETE n\") { name } }").execute().path("drug").valueIsNull();
        assertError("{ mechanism(drug: \"lenalidomide\\\"}) MATCH (n) DETACH DELETE n //\") { predictedSign } }", "NOT_FOUND", "no drug");
        graphQl.document("{ about { counts } }").execute().path("about.counts.genes").entity(Long.class).isEqualTo(43882L);
    }

    @Test
    void tooDeepQueriesAreRefused() {
        String deep = "{ gene(id: \"IKZF1\") " + "{ relations { source { ... on Gene ".repeat(6) + "{ symbol }" + " } } }".repeat(6) + " }";
        graphQl.document(deep).execute().errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).containsIgnoringCase("depth");
        });
    }

    @Test
    void overHttpMalformedGraphQlIsAnErrorNotACrash() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.parseMediaType("application/graphql-response+json")));
        var response = http.postForEntity("/graphql", new HttpEntity<>(Map.of("query", "{ gene(id: \"MYC\" { symbol }"), headers), String.class);
        assertThat(response.getStatusCode().is5xxServerError()).isFalse();
        assertThat(response.getBody()).contains("InvalidSyntax");
        assertThat(response.getBody()).doesNotContain("at org.");

        var ok = http.postForEntity("/graphql", new HttpEntity<>(Map.of("query", "{ gene(id: \"MYC\") { symbol } }"), headers), String.class);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getHeaders().getContentType().toString()).startsWith("application/graphql-response+json");
        assertThat(ok.getBody()).contains("\"symbol\":\"MYC\"");
    }

    private static String aliases(int n) {
        return "{ " + java.util.stream.IntStream.range(0, n).mapToObj(i -> "a" + i + ": gene(id: \"MYC\") { symbol } ")
                .collect(java.util.stream.Collectors.joining()) + "}";
    }

    @Test
    void tooComplexQueriesAreRefusedBeforeTheyRun() {
        graphQl.document(aliases(1100)).execute().errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).containsIgnoringCase("complexity");
        });
    }

    @Test
    void oversizeDocumentsAreRefusedByTheParser() {
        graphQl.document(aliases(3000)).execute().errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).contains("tokens").contains("parsing has been cancelled");
        });
    }
}
