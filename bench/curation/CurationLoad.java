import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Curation load (issue "Curation"): W curator clients submit claims (and add evidence to them) while R reader
 * clients query mechanisms and genes, for S seconds on loopback. Afterwards every submitted claim id is looked up
 * through claims(status: SUBMITTED): lost writes (acknowledged but missing) and duplicates are counted.
 * Usage: java bench/curation/CurationLoad.java PORT [writers 20] [readers 100] [seconds 120]
 * The service must know the keys bench-curator-N:curatorN:CURATOR for N in 1..writers.
 */
public class CurationLoad {
    static final Pattern CLASSIFICATION = Pattern.compile("\"classification\":\"([A-Z_]+)\"");
    /** Write errors by HTTP status and GraphQL classification (e.g. "200 TRY_LATER"). */
    static final java.util.concurrent.ConcurrentHashMap<String, Long> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
    static final String[] GENES = {"MYC", "IRF4", "IKZF1", "IKZF3", "CRBN", "CDK6", "ADAR", "STAT3", "CTNNB1", "IL2",
            "TP53", "KRAS", "EGFR", "GAPDH", "ACTB", "CD274", "BRCA1", "PTEN", "RB1", "CDKN2A"};

    public static void main(String[] a) throws Exception {
        int port = Integer.parseInt(a[0]);
        int writers = a.length > 1 ? Integer.parseInt(a[1]) : 20;
        int readers = a.length > 2 ? Integer.parseInt(a[2]) : 100;
        int seconds = a.length > 3 ? Integer.parseInt(a[3]) : 120;
        URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String run = "load-" + System.currentTimeMillis();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicLong writeErrors = new AtomicLong(), server5xx = new AtomicLong(), evidence = new AtomicLong();
        ConcurrentLinkedQueue<long[]> readLat = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        Pattern idPattern = Pattern.compile("\"id\":\"(c-[0-9a-f]+)\"");
        for (int w = 1; w <= writers; w++) {
            final int me = w;
            threads.add(start(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    n++;
                    String ctx = run + " w" + me + " n" + n;
                    String body = "{\"query\":\"mutation($i: ClaimInput!){ submitClaim(input:$i){ id } }\",\"variables\":{\"i\":{"
                            + "\"subject\":\"CC-885\",\"predicate\":\"ACTIVATES\",\"object\":\"" + GENES[n % GENES.length]
                            + "\",\"sign\":1,\"context\":\"" + ctx + "\",\"evidence\":[{\"pmid\":\"" + (30_000_000 + me * 100_000 + n)
                            + "\",\"statement\":\"load test\"}]}}}";
                    try {
                        var res = http.send(post(uri, body, "bench-curator-" + me), HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() >= 500) server5xx.incrementAndGet();
                        Matcher m = idPattern.matcher(res.body());
                        if (res.statusCode() == 200 && m.find() && !res.body().contains("\"errors\"")) {
                            String id = m.group(1);
                            acknowledged.add(id);
                            if (n % 4 == 0) {
                                String ev = "{\"query\":\"mutation($c: ID!, $e: EvidenceInput!){ addEvidence(claimId:$c, evidence:$e){ id version } }\",\"variables\":{\"c\":\""
                                        + id + "\",\"e\":{\"doi\":\"10.5555/load." + me + "." + n + "\",\"statement\":\"more\"}}}";
                                var r2 = http.send(post(uri, ev, "bench-curator-" + me), HttpResponse.BodyHandlers.ofString());
                                if (r2.statusCode() >= 500) server5xx.incrementAndGet();
                                if (r2.body().contains("\"version\":2")) evidence.incrementAndGet();
                            }
                        } else {
                            writeErrors.incrementAndGet();
                            Matcher c = CLASSIFICATION.matcher(res.body());
                            errorKinds.merge(res.statusCode() + " " + (c.find() ? c.group(1) : "-"), 1L, Long::sum);
                        }
                    } catch (Exception e) {
                        writeErrors.incrementAndGet();
                        errorKinds.merge("client " + e.getClass().getSimpleName(), 1L, Long::sum);
                    }
                }
            }));
        }
        String[] reads = {
                "{\"query\":\"{ mechanism(drug: \\\"lenalidomide\\\", target: \\\"MYC\\\") { predictedSign relations { claimId evidence { publication { pmid } } } } }\"}",
                "{\"query\":\"{ resistanceMechanisms(drug: \\\"lenalidomide\\\") { gene { symbol } direction } }\"}",
                "{\"query\":\"query($g: ID!){ gene(id: $g){ symbol name } }\",\"variables\":{\"g\":\"IKZF1\"}}",
                "{\"query\":\"{ mechanism(drug: \\\"CC-885\\\") { predictedSign } }\"}"};
        for (int r = 0; r < readers; r++) {
            final int me = r;
            threads.add(start(() -> {
                List<Long> lat = new ArrayList<>();
                int i = me;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        var res = http.send(post(uri, reads[i++ % reads.length], null), HttpResponse.BodyHandlers.discarding());
                        if (res.statusCode() >= 500) server5xx.incrementAndGet();
                    } catch (Exception e) {
                        server5xx.incrementAndGet();
                    }
                    lat.add(System.nanoTime() - t0);
                }
                readLat.add(lat.stream().mapToLong(Long::longValue).toArray());
            }));
        }
        for (Thread t : threads) t.join();
        long[] all = readLat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        // count afterwards: every acknowledged id must be in the graph exactly once
        Set<String> found = new HashSet<>();
        List<String> foundList = new ArrayList<>();
        String after = null;
        while (true) {
            String q = "{\"query\":\"query($a: String){ claims(status: SUBMITTED, first: 500, after: $a){ pageInfo { hasNextPage endCursor } edges { node { id } } } }\",\"variables\":{\"a\":"
                    + (after == null ? "null" : "\"" + after + "\"") + "}}";
            String body = http.send(post(uri, q, "bench-curator-1"), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = idPattern.matcher(body);
            while (m.find()) { found.add(m.group(1)); foundList.add(m.group(1)); }
            Matcher c = Pattern.compile("\"endCursor\":\"([^\"]+)\"").matcher(body);
            if (!body.contains("\"hasNextPage\":true") || !c.find()) break;
            after = c.group(1);
        }
        Set<String> ack = new HashSet<>(acknowledged);
        long lost = ack.stream().filter(id -> !found.contains(id)).count();
        long dupAck = acknowledged.size() - ack.size();
        long dupGraph = foundList.size() - found.size();
        System.out.printf("| writers | readers | seconds | claims acknowledged | evidence added | write errors | lost | duplicated | 5xx | reads | read p50 ms | read p99 ms |%n|---|---|---|---|---|---|---|---|---|---|---|---|%n");
        System.out.printf("| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f | %.1f |%n", writers, readers, seconds,
                ack.size(), evidence.get(), writeErrors.get(), lost, dupAck + dupGraph, server5xx.get(), all.length,
                all.length == 0 ? 0 : all[all.length / 2] / 1e6, all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6);
        System.out.println();
        System.out.println("write errors by status and classification: " + new java.util.TreeMap<>(errorKinds));
    }

    static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    static HttpRequest post(URI uri, String body, String key) {
        var b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) b.header("Authorization", "Bearer " + key);
        return b.build();
    }
}
