package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Documents whose fragments would make validation itself expensive are refused before validation. */
class DocumentLimitsTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    /** {@code { ...F0 } fragment F0 on Query { ...F1 } ... fragment F(n-1) on Query { about { version } }} */
    private static String chain(int n) {
        return "{ ...F0 } " + IntStream.range(0, n).mapToObj(i -> "fragment F" + i + " on Query { "
                + (i + 1 < n ? "...F" + (i + 1) : "about { version }") + " }").collect(Collectors.joining(" "));
    }

    private JsonNode post(String document) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.parseMediaType("application/graphql-response+json")));
        var r = http.postForEntity("/graphql", new HttpEntity<>(Map.of("query", document), headers), String.class);
        JsonNode body = JSON.readTree(r.getBody());
        body = ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("status", r.getStatusCode().value());
        GraphQlOverHttpTest.assertNoClassNames(r.getBody());
        return body;
    }

    @Test
    void longFragmentChainsAreRefusedBeforeValidation() throws Exception {
        for (int n : new int[] {1200, 600}) {
            JsonNode r = post(chain(n));
            assertThat(r.path("status").asInt()).isEqualTo(400);
            assertThat(r.has("data")).isFalse();
            assertThat(r.path("errors").path(0).path("message").asText()).contains(n + " fragments")
                    .contains("gluegraph.graphql.max-fragments");
            assertThat(r.path("errors").path(0).path("extensions").path("classification").asText())
                    .isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void deepSpreadsAreRefusedEvenWithFewFragments() throws Exception {
        JsonNode r = post(chain(30));
        assertThat(r.path("status").asInt()).isEqualTo(400);
        assertThat(r.path("errors").path(0).path("message").asText()).contains("nested 30 deep")
                .contains("gluegraph.graphql.max-fragment-depth");
    }

    @Test
    void aFragmentCycleIsRefusedWithoutRecursingForever() throws Exception {
        JsonNode r = post("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        assertThat(r.path("status").asInt()).isEqualTo(400);
        assertThat(r.path("errors").path(0).path("message").asText()).contains("spreads itself");
    }

    @Test
    void shortChainsStillRun() throws Exception {
        JsonNode r = post(chain(5));
        assertThat(r.path("status").asInt()).isEqualTo(200);
        assertThat(r.path("data").path("about").path("version").asText()).isNotEmpty();
    }
}
