package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphQL-over-HTTP's request rules, over a real socket with exactly the headers given (java.net.http adds no
 * Content-Type of its own): every refusal is a 4xx whose body is a GraphQL {@code errors} array with a
 * classification and a message that names no Java class, and the server keeps answering.
 */
class GraphQlOverHttpTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String QUERY = "{\"query\":\"{ gene(id: \\\"MYC\\\") { symbol } }\"}";

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer is a refusal with this status, a GraphQL errors array, and a message containing the words. */
    private static JsonNode refused(HttpResponse<String> r, int status, String... words) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.has("data")).isFalse();
        JsonNode error = body.path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
        for (String w : words) {
            assertThat(error.path("message").asText()).contains(w);
        }
        assertNoClassNames(r.body());
        return error;
    }

    static void assertNoClassNames(String body) {
        assertThat(body).doesNotContain("org.springframework").doesNotContain("java.").doesNotContain("Exception")
                .doesNotContain("GraphQlRequest").doesNotContain("jakarta.").doesNotContain("at org.");
    }

    private void stillAnswers() throws Exception {
        var ok = post(QUERY, "Content-Type", "application/json");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"symbol\":\"MYC\"");
    }

    @Test
    void aJsonNullBodyIsABadRequestNotAnInternalError() throws Exception {
        refused(post("null", "Content-Type", "application/json"), 400, "JSON null", "object");
        refused(post("", "Content-Type", "application/json"), 400, "empty");
        stillAnswers();
    }

    @Test
    void aBodyThatIsNotJsonGetsAGraphQlErrorsArray() throws Exception {
        var r = post("query { gene(id: \"MYC\") { symbol } }", "Content-Type", "application/json",
                "Accept", "application/graphql-response+json");
        refused(r, 400, "not JSON", "line 1");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphql-response+json");
        stillAnswers();
    }

    @Test
    void requestFieldsOfTheWrongTypeAreBadRequests() throws Exception {
        refused(post("{\"query\": 7}", "Content-Type", "application/json"), 400, "'query' is a number");
        refused(post("[" + QUERY + "]", "Content-Type", "application/json"), 400, "an array");
        refused(post("{\"variables\": {}}", "Content-Type", "application/json"), 400, "no 'query'");
        refused(post("{\"query\": \"{ about { version } }\", \"variables\": \"x\"}", "Content-Type",
                "application/json"), 400, "'variables' is a string");
        refused(post("{\"query\": \"{ about { version } }\", \"operationName\": []}", "Content-Type",
                "application/json"), 400, "'operationName' is an array");
        refused(post("{\"query\": \"{ about { version } }\", \"extensions\": 1}", "Content-Type",
                "application/json"), 400, "'extensions' is a number");
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml",
            "text/plain;charset=UTF-8", "multipart/form-data; boundary=x"})
    void otherContentTypesAreUnsupportedAndNotExecuted(String contentType) throws Exception {
        refused(post(QUERY, "Content-Type", contentType), 415, "Content-Type", "application/json");
    }

    @Test
    void aPostWithoutContentTypeIsRefused() throws Exception {
        refused(post(QUERY), 415, "no Content-Type");
        stillAnswers();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        // 2.1 MB against the 2 MB default; declared: refused before the body is sent (the client waits for a 100)
        byte[] huge = ("{\"query\": \"{ resolveGenes(terms: [" + "\\\"MYC\\\",".repeat(270_000) + "]) { unmatched } }\"}")
                .getBytes(StandardCharsets.UTF_8);
        var uri = URI.create("http://localhost:" + port + "/graphql");
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + huge.length + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("gluegraph.http.max-request-size")
                    .doesNotContain("100 Continue");
        }
        // chunked, so of unknown length: reading stops at the limit
        var chunked = CLIENT.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        refused(chunked, 413, "gluegraph.http.max-request-size");
        stillAnswers();
    }

    @Test
    void getAndOtherMethodsAreRefusedWithAllowPost() throws Exception {
        var r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql?query=%7Babout%7Bversion%7D%7D"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        refused(r, 405, "POST");
        assertThat(r.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void acceptWithParametersOrQualitiesGetsGraphQlResponseJson() throws Exception {
        for (String accept : List.of("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8",
                "application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json;q=1.0")) {
            var r = post(QUERY, "Content-Type", "application/json", "Accept", accept);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(accept)
                    .startsWith("application/graphql-response+json");
            assertThat(r.body()).contains("\"symbol\":\"MYC\"");
        }
        for (String accept : List.of("application/json", "*/*", "application/json, application/graphql-response+json;q=0.5")) {
            var r = post(QUERY, "Content-Type", "application/json", "Accept", accept);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(accept).startsWith("application/json");
        }
        var none = post(QUERY, "Content-Type", "application/json", "Accept", "text/html");
        assertThat(none.statusCode()).isEqualTo(406);
        assertNoClassNames(none.body());
    }

    @Test
    void cachedAnswersKeepTheMediaTypeEachClientAskedFor() throws Exception {
        String q = "{\"query\":\"{ drug(id: \\\"thalidomide\\\") { name } }\"}";
        for (int i = 0; i < 2; i++) {
            assertThat(post(q, "Content-Type", "application/json", "Accept", "application/graphql-response+json")
                    .headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphql-response+json");
            assertThat(post(q, "Content-Type", "application/json", "Accept", "application/json")
                    .headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        }
    }

    @Test
    void crossOriginAccessIsOffByDefault() throws Exception {
        var preflight = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var r = post(QUERY, "Content-Type", "application/json", "Origin", "https://elsewhere.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void frameworkRefusalsElsewhereNameNoClass() throws Exception {
        // a path nobody serves, and JSON sent to the upload endpoint that takes multipart
        var missing = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nothing-here"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertNoClassNames(missing.body());
        assertThat(JSON.readTree(missing.body()).path("classification").asText()).isEqualTo("NOT_FOUND");
        var wrongType = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/datasets"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + CURATOR).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertNoClassNames(wrongType.body());
        assertThat(JSON.readTree(wrongType.body()).path("classification").asText()).isEqualTo("BAD_REQUEST");
        Map<String, Object> body = JSON.readValue(wrongType.body(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(body.keySet()).containsExactlyInAnyOrder("classification", "message");
    }
}
