package org.gluegraph.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploads refused for their form: a clear 4xx, no class name, nothing left on disk. */
class UploadLimitsTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String BOUNDARY = "gluegraph-test-boundary";

    @LocalServerPort
    int port;

    /** A multipart body written by hand, so that a file name may hold any byte. */
    private static byte[] multipart(String countsName, String counts, String samplesName, String samples) {
        var out = new ByteArrayOutputStream();
        for (String[] part : new String[][] {{"counts", countsName, counts}, {"samples", samplesName, samples}}) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part[0]
                    + "\"; filename=\"" + part[1] + "\"\r\nContent-Type: text/tab-separated-values\r\n\r\n" + part[2]
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> upload(byte[] body, String key) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/datasets"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String[] leftovers() {
        String[] files = dataDir().resolve("datasets").toFile().list((d, n) -> n.startsWith(".upload"));
        return files == null ? new String[0] : files;
    }

    @Test
    void aNulByteInAFileNameIsABadRequestNamingThePart() throws Exception {
        var r = upload(multipart("counts\u0000.tsv", "gene_id\ta\nMYC\t1\n", "samples.tsv", "sample\tg\na\tx\n"),
                CURATOR);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        Map<?, ?> body = JSON.readValue(r.body(), Map.class);
        assertThat(body.get("classification")).isEqualTo("BAD_REQUEST");
        assertThat((String) body.get("message")).contains("counts").contains("\\u0000").contains("rename the file");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("at org.");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anonymousUploadsWithANulByteAreRefusedAsUnauthorised() throws Exception {
        var r = upload(multipart("counts\u0000.tsv", "gene_id\ta\nMYC\t1\n", "samples.tsv", "sample\tg\na\tx\n"), null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /**
     * Sends only the headers of an upload of the declared length, with {@code Expect: 100-continue}, and reads what
     * the server answers before any of the body is sent: its status line and body (the server closes the
     * connection after a refusal). A raw socket, because the JDK's client is what is being trusted otherwise.
     */
    private String[] headersOnly(long declaredLength, String key) throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            String head = "POST /api/datasets HTTP/1.1\r\nHost: localhost\r\n"
                    + (key == null ? "" : "Authorization: Bearer " + key + "\r\n")
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + declaredLength
                    + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int bodyAt = answer.indexOf("\r\n\r\n");
            return new String[] {answer.substring(0, answer.indexOf("\r\n")), answer.substring(bodyAt + 4)};
        }
    }

    @Test
    void anAnonymousUploadIsRefusedBeforeItsBodyIsSent() throws Exception {
        String[] answer = headersOnly(200L << 20, null);
        assertThat(answer[0]).isEqualTo("HTTP/1.1 401 ");
        assertThat(answer[1]).contains("API key").doesNotContain("Exception");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anUploadDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String[] answer = headersOnly(1100L << 20, CURATOR);
        assertThat(answer[0]).isEqualTo("HTTP/1.1 413 ");
        assertThat(answer[1]).contains("spring.servlet.multipart.max-request-size");
    }
}
