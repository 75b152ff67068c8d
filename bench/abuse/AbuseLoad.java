import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The abuse run of the hardening issue: A anonymous clients send the requests of its items 1, 2 and 7 in turn
 * (500 aliased ORA, GSEA with 10,000 and 1,000,000 permutations, resolveGenes of 50,000 terms with pathways, a JSON
 * null body, a 200 MB body, a NUL byte in an upload's file name, an anonymous 200 MB upload, a 1,200-fragment chain,
 * text/plain and form bodies, an anonymous GSEA just inside its limits) while K keyed readers query mechanism about
 * ten times a second each. Prints the readers' latency, and per abusive request: how many, their answers (status
 * and classification) and their slowest answer.
 *   java bench/abuse/AbuseLoad.java PORT [abusers 10] [readers 20] [seconds 120]
 * The service must know the keys bench-reader-N:readerN:READER for N in 1..readers.
 */
public class AbuseLoad {

    record Answer(int status, String classification, long nanos) {
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] a) throws Exception {
        int port = Integer.parseInt(a[0]);
        int abusers = a.length > 1 ? Integer.parseInt(a[1]) : 10;
        int readers = a.length > 2 ? Integer.parseInt(a[2]) : 20;
        int seconds = a.length > 3 ? Integer.parseInt(a[3]) : 120;
        URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
        long end = System.nanoTime() + seconds * 1_000_000_000L;

        String aliases = "{ " + IntStream.range(0, 500).mapToObj(i -> "e" + i + ": enrichment(input: {genes: [\\\"MYC\\\", "
                + "\\\"IRF4\\\", \\\"STAT1\\\"]}) { setsTested }").collect(Collectors.joining(" ")) + " }";
        String terms = IntStream.range(0, 50_000).mapToObj(i -> "\"T" + i + "\"").collect(Collectors.joining(","));
        String fragments = "{ ...F0 } " + IntStream.range(0, 1200).mapToObj(i -> "fragment F" + i + " on Query { "
                + (i + 1 < 1200 ? "...F" + (i + 1) : "about { version }") + " }").collect(Collectors.joining(" "));
        Map<String, Supplier<Answer>> abuse = new TreeMap<>();
        abuse.put("01 500 aliased ORA", () -> post(graphql, "{\"query\":\"" + aliases + "\"}", "application/json"));
        abuse.put("02 GSEA 10,000 permutations", () -> post(graphql, gsea(10_000), "application/json"));
        abuse.put("03 GSEA 1,000,000 permutations", () -> post(graphql, gsea(1_000_000), "application/json"));
        abuse.put("04 resolveGenes 50,000 with pathways", () -> post(graphql, "{\"query\":\"query($t: [String!]!) { "
                + "resolveGenes(terms: $t) { matches { gene { symbol pathways { edges { node { id } } } } } } }\","
                + "\"variables\":{\"t\":[" + terms + "]}}", "application/json"));
        abuse.put("05 JSON null body", () -> post(graphql, "null", "application/json"));
        abuse.put("06 200 MB JSON body", () -> declared(port, "/graphql", "application/json", 200L << 20));
        abuse.put("07 NUL in upload file name", () -> nulUpload(port));
        abuse.put("08 anonymous 200 MB upload", () -> declared(port, "/api/datasets",
                "multipart/form-data; boundary=x", 200L << 20));
        abuse.put("09 1,200-fragment chain", () -> post(graphql, "{\"query\":\"" + fragments + "\"}", "application/json"));
        abuse.put("10 text/plain body", () -> post(graphql, "{\"query\":\"{ about { version } }\"}", "text/plain"));
        abuse.put("11 form body", () -> post(graphql, "query=%7Babout%7Bversion%7D%7D", "application/x-www-form-urlencoded"));
        abuse.put("12 anonymous GSEA inside its limits", () -> post(graphql, gsea(150), "application/json"));

        Map<String, ConcurrentLinkedQueue<Answer>> answers = new ConcurrentHashMap<>();
        abuse.keySet().forEach(k -> answers.put(k, new ConcurrentLinkedQueue<>()));
        ConcurrentLinkedQueue<long[]> readLatency = new ConcurrentLinkedQueue<>();
        AtomicLong readErrors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<String> names = List.copyOf(abuse.keySet());
        for (int i = 0; i < abusers; i++) {
            final int me = i;
            threads.add(start(() -> {
                int n = me;
                while (System.nanoTime() < end) {
                    String name = names.get(n++ % names.size());
                    answers.get(name).add(abuse.get(name).get());
                }
            }));
        }
        String read = "{\"query\":\"{ mechanism(drug: \\\"lenalidomide\\\", target: \\\"MYC\\\") { predictedSign "
                + "relations { claimId evidence { publication { pmid } } } } }\"}";
        for (int r = 1; r <= readers; r++) {
            final String key = "bench-reader-" + r;
            threads.add(start(() -> {
                List<Long> lat = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        var res = HTTP.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                                .POST(HttpRequest.BodyPublishers.ofString(read)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() != 200 || res.body().contains("\"errors\"")) {
                            readErrors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        readErrors.incrementAndGet();
                    }
                    long took = System.nanoTime() - t0;
                    lat.add(took);
                    sleep(Math.max(0, 100 - took / 1_000_000));
                }
                readLatency.add(lat.stream().mapToLong(Long::longValue).toArray());
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = readLatency.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("keyed readers: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                all.length, readErrors.get(), all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                all[all.length - 1] / 1e6);
        System.out.println("| abusive request | sent | answers (status classification: count) | slowest answer s |");
        System.out.println("|---|---|---|---|");
        answers.forEach((name, list) -> {
            Map<String, Long> kinds = list.stream().collect(Collectors.groupingBy(x -> x.status() + " "
                    + x.classification(), TreeMap::new, Collectors.counting()));
            long slowest = list.stream().mapToLong(Answer::nanos).max().orElse(0);
            System.out.printf("| %s | %d | %s | %.2f |%n", name, list.size(), kinds, slowest / 1e9);
        });
    }

    static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    static String gsea(int permutations) {
        return "{\"query\":\"{ enrichment(input: {method: GSEA, contrast: \\\"lenalidomide_vs_dmso_synthetic\\\", "
                + "permutations: " + permutations + ", seed: " + System.nanoTime() % 1000 + "}) { setsTested } }\"}";
    }

    static Answer post(URI uri, String body, String contentType) {
        long t0 = System.nanoTime();
        try {
            var res = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(res.statusCode(), classification(res.body()), System.nanoTime() - t0);
        } catch (Exception e) {
            return new Answer(-1, e.getClass().getSimpleName(), System.nanoTime() - t0);
        }
    }

    /** Headers of a body of the declared length, with Expect: 100-continue; the body follows only on a 100. */
    static Answer declared(int port, String path, String contentType, long length) {
        long t0 = System.nanoTime();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + length + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            return new Answer(status, classification(answer), System.nanoTime() - t0);
        } catch (Exception e) {
            return new Answer(-1, e.getClass().getSimpleName(), System.nanoTime() - t0);
        }
    }

    static Answer nulUpload(int port) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--x\r\nContent-Disposition: form-data; name=\"counts\"; filename=\"c\u0000.tsv\"\r\n\r\n"
                + "gene_id\ta\nMYC\t1\n\r\n--x\r\nContent-Disposition: form-data; name=\"samples\"; filename=\"s.tsv\""
                + "\r\n\r\nsample\tg\na\tx\n\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        try {
            var res = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/datasets"))
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(res.statusCode(), classification(res.body()), System.nanoTime() - t0);
        } catch (Exception e) {
            return new Answer(-1, e.getClass().getSimpleName(), System.nanoTime() - t0);
        }
    }

    static String classification(String body) {
        int i = body.indexOf("\"classification\":\"");
        if (i < 0) {
            return body.contains("\"data\"") ? "data" : "-";
        }
        int from = i + 18;
        return body.substring(from, body.indexOf('"', from));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
