import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Loopback load against a running GlueGraph: N concurrent clients for a fixed time per scenario.
 *   mechanism : GraphQL mechanism(drug: "lenalidomide", target: "MYC") - latency percentiles
 *   gene      : GraphQL gene(id:) over a rotating list of identifiers - throughput
 *   cypher    : the same look-up as raw Cypher over Bolt (cypher/query/resolve-gene-keys.cypher) - throughput
 * Usage: java -cp CLASSPATH LoadBench.java HTTP_PORT BOLT_PORT CLIENTS SECONDS REPO_DIR
 */
public class LoadBench {

    static final List<String> TERMS = List.of("MYC", "Ikaros", "ADAR1", "HGNC:13176", "10320", "ENSG00000185811",
            "crbn", "Aiolos", "c-Myc", "CDK6", "IRF4", "beta-catenin", "TP53", "7157", "CK1alpha", "IL2");

    interface Call {
        boolean run(int i) throws Exception;
    }

    record Result(long calls, long errors, long[] latenciesNanos, double seconds) {
        double throughput() {
            return calls / seconds;
        }

        double percentileMs(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
        }
    }

    static Result drive(int clients, int seconds, Call call) throws Exception {
        // warm-up: a few seconds of the same load, not measured
        run(clients, Math.min(5, seconds), call);
        return run(clients, seconds, call);
    }

    static Result run(int clients, int seconds, Call call) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            long[] lat = new long[2_000_000];
            perThread.add(lat);
            counts.add(0);
            final int id = t;
            Thread th = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < lat.length) {
                        long s = System.nanoTime();
                        boolean ok = call.run(id * 7919 + n);
                        lat[n++] = System.nanoTime() - s;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    synchronized (counts) {
                        counts.set(id, n);
                    }
                    done.countDown();
                }
            });
            threads.add(th);
            th.start();
        }
        done.await();
        double secs = (System.nanoTime() - start) / 1e9;
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(perThread.get(t), 0, all, k, counts.get(t));
            k += counts.get(t);
        }
        return new Result(total, errors.get(), all, secs);
    }

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        int boltPort = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path repo = Path.of(args[4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://127.0.0.1:" + httpPort + "/graphql");

        Call mechanism = i -> post(http, uri, "{\"query\":\"{ mechanism(drug: \\\"lenalidomide\\\", target: \\\"MYC\\\") "
                + "{ predictedSign nodes { ... on Gene { symbol } ... on Drug { name } } relations { claimId predicate sign "
                + "evidence { publication { pmid doi title } } } } }\"}");
        Call gene = i -> post(http, uri, "{\"query\":\"query($id: ID!) { gene(id: $id) { hgncId symbol name } }\","
                + "\"variables\":{\"id\":\"" + TERMS.get(Math.floorMod(i, TERMS.size())) + "\"}}");
        String cypher = Files.readString(repo.resolve("cypher/query/resolve-gene-keys.cypher"));
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(clients * 2).build())) {
            Call raw = i -> {
                String key = TERMS.get(Math.floorMod(i, TERMS.size())).toLowerCase();
                try (var s = driver.session()) {
                    return !s.executeRead(tx -> tx.run(cypher, Map.of("keys", List.of(key))).list()).isEmpty();
                }
            };
            Result m = drive(clients, seconds, mechanism);
            Result g = drive(clients, seconds, gene);
            Result c = drive(clients, seconds, raw);
            System.out.printf("| scenario | clients | seconds | calls | errors | throughput/s | p50 ms | p99 ms |%n|---|---|---|---|---|---|---|---|%n");
            print("GraphQL mechanism(lenalidomide, MYC)", clients, m);
            print("GraphQL gene(id:)", clients, g);
            print("raw Cypher gene look-up over Bolt", clients, c);
            System.out.printf("%ngene(id:) throughput ratio GraphQL / raw Cypher = %.3f%n", g.throughput() / c.throughput());
        }
    }

    static void print(String name, int clients, Result r) {
        System.out.printf("| %s | %d | %.1f | %d | %d | %.0f | %.2f | %.2f |%n", name, clients, r.seconds(), r.calls(),
                r.errors(), r.throughput(), r.percentileMs(50), r.percentileMs(99));
    }

    static boolean post(HttpClient http, URI uri, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        return res.statusCode() == 200 && !res.body().contains("\"errors\"");
    }
}
