import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After a restart (bench/crash/run.sh): every acknowledged write in ACKS must be in the graph, whole. A claim is whole
 * when it has its subject, its object, its SUBMIT event and its evidence; an acknowledged addEvidence must show as the
 * claim's second publication. Prints "acknowledged lost half-written".
 * Usage: java bench/crash/CrashCheck.java PORT ACKS
 */
public class CrashCheck {
    public static void main(String[] a) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + a[0] + "/graphql");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Integer> expected = new LinkedHashMap<>(); // claim -> publications acknowledged
        List<String> lines = Files.exists(Path.of(a[1])) ? Files.readAllLines(Path.of(a[1])) : List.of();
        for (String line : lines) {
            String[] f = line.split(" ");
            expected.merge(f[1], f[0].equals("claim") ? 1 : 1, Integer::sum);
        }
        int lost = 0, half = 0;
        for (var e : expected.entrySet()) {
            String q = "{\"query\":\"query($id: ID!){ claim(id: $id){ id status relation { source { __typename }"
                    + " target { __typename } evidence { publication { id } } } events { action } } }\","
                    + "\"variables\":{\"id\":\"" + e.getKey() + "\"}}";
            String body = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer bench-curator-1")
                    .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"claim\":null")) {
                lost++;
                System.err.println("lost: " + e.getKey());
                continue;
            }
            int pubs = body.split("\"publication\"", -1).length - 1;
            boolean whole = body.contains("\"source\":{\"__typename\":\"Drug\"}")
                    && body.contains("\"target\":{\"__typename\":\"Gene\"}") && body.contains("\"action\":\"SUBMIT\"")
                    && pubs >= e.getValue() && !body.contains("\"errors\"");
            if (!whole) {
                half++;
                System.err.println("not whole: " + e.getKey() + " " + body);
            }
        }
        System.out.println(expected.size() + " " + lost + " " + half);
    }
}
