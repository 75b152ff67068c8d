import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.gluegraph.enrichment.internal.GeneSetSnapshot;
import org.gluegraph.enrichment.internal.OverRepresentation;
import org.gluegraph.enrichment.internal.PreRankedGsea;
import org.gluegraph.pathway.Gmt;

/**
 * Enrichment benchmark (issue "Pathway enrichment"): ORA of a 500-gene list over all three collections with a
 * 20,000-gene universe, in process (p50 of 100 calls) and through GraphQL (p50 of 100 calls, if a port is given),
 * and preranked GSEA with 10,000 permutations on 2 threads. Writes the query and universe for R's timing.
 * Usage: java -cp target/classes:<runtime classpath> bench/enrichment/EnrichBench.java OUT_DIR [HTTP_PORT]
 */
public class EnrichBench {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        GeneSetSnapshot.Builder b = GeneSetSnapshot.builder();
        String[][] gmts = {{"REACTOME", "seed-data/pathways/reactome/ReactomePathways_2025-09-02.gmt"},
                {"HALLMARK", "seed-data/pathways/hallmark/h.all.v2023.2.Hs.symbols.gmt"},
                {"WIKIPATHWAYS", "seed-data/pathways/wikipathways/wikipathways-20260610-gmt-Homo_sapiens.gmt"}};
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String[] g : gmts) {
            for (Gmt.GeneSetLine e : Gmt.read(Path.of(g[1]))) {
                if (ids.add(e.id())) {
                    b.set(e.id(), e.name(), g[0], e.members());
                }
            }
        }
        GeneSetSnapshot snap = b.build();
        Random random = new Random(1);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < snap.genes().size(); i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        int universeSize = Math.min(20_000, all.size());
        BitSet universe = new BitSet();
        all.subList(0, universeSize).forEach(universe::set);
        BitSet query = new BitSet();
        all.subList(0, 500).forEach(query::set);
        List<String> qNames = all.subList(0, 500).stream().map(i -> snap.genes().get(i)).toList();
        Files.write(out.resolve("query.txt"), qNames);
        Files.write(out.resolve("universe.txt"), all.subList(0, universeSize).stream().map(i -> snap.genes().get(i)).toList());
        System.out.printf("snapshot: %d sets, %d genes; universe %d; query 500%n", snap.sets().size(), snap.genes().size(), universeSize);
        for (int i = 0; i < 200; i++) {
            OverRepresentation.run(snap.sets(), query, universe, 5, 500);
        }
        double[] t = new double[100];
        int tested = 0;
        for (int i = 0; i < 100; i++) {
            long t0 = System.nanoTime();
            tested = OverRepresentation.run(snap.sets(), query, universe, 5, 500).setsTested();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        System.out.printf("| ORA in process, 500 genes, universe %d, %d sets tested | p50 %.3f ms | p90 %.3f ms |%n", universeSize, tested, t[49], t[89]);

        int n = universeSize;
        int[] ranked = all.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = 4 - 8.0 * i / n + random.nextGaussian() * 0.1;
        }
        double[] g = new double[3];
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            var o = PreRankedGsea.run(snap.sets(), ranked, scores, 15, 500, 10_000, 42, 2);
            g[r] = (System.nanoTime() - t0) / 1e9;
            if (r == 0) {
                System.out.printf("GSEA: %d sets tested%n", o.setsTested());
            }
        }
        Arrays.sort(g);
        System.out.printf("| GSEA, %d ranked genes, 10,000 permutations, 2 threads | runs %s s | median %.2f s |%n", n, Arrays.toString(g), g[1]);

        if (args.length > 1) {
            HttpClient http = HttpClient.newHttpClient();
            StringBuilder genes = new StringBuilder();
            for (String q : qNames) {
                genes.append(genes.length() == 0 ? "" : ",").append('"').append(q).append('"');
            }
            String body = "{\"query\":\"query($g:[String!]){ enrichment(input:{genes:$g, first: 20}) { querySize universeSize setsTested results { pathway { id } pValue padj } } }\",\"variables\":{\"g\":[" + genes + "]}}";
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + args[1] + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            for (int i = 0; i < 20; i++) {
                http.send(req, HttpResponse.BodyHandlers.ofString());
            }
            double[] h = new double[100];
            String last = "";
            for (int i = 0; i < 100; i++) {
                // every call asks for a different page size, so the response cache cannot answer it; this measures the
                // enrichment itself (snapshot, identifier mapping, tests, serialisation)
                String v = body.replace("first: 20", "first: " + (100 + i));
                HttpRequest ri = HttpRequest.newBuilder(req.uri()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(v)).build();
                long t0 = System.nanoTime();
                last = http.send(ri, HttpResponse.BodyHandlers.ofString()).body();
                h[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(h);
            System.out.printf("| ORA through GraphQL (HTTP, loopback), 500 symbols | p50 %.2f ms | p90 %.2f ms |%n", h[49], h[89]);
            System.out.println("last answer: " + last.substring(0, Math.min(200, last.length())));

            // the same with the 20,000-gene universe given explicitly (as a client would send it)
            List<String> uNames = Files.readAllLines(out.resolve("universe.txt"));
            StringBuilder uni = new StringBuilder();
            for (String u : uNames) {
                uni.append(uni.length() == 0 ? "" : ",").append('"').append(u).append('"');
            }
            String ubody = "{\"query\":\"query($g:[String!], $u:[String!]){ enrichment(input:{genes:$g, universe:$u, first: 20}) { querySize universeSize setsTested results { pathway { id } pValue padj } } }\",\"variables\":{\"g\":[" + genes + "],\"u\":[" + uni + "]}}";
            for (int i = 0; i < 20; i++) {
                http.send(HttpRequest.newBuilder(req.uri()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ubody)).build(), HttpResponse.BodyHandlers.ofString());
            }
            double[] hu = new double[100];
            for (int i = 0; i < 100; i++) {
                String v = ubody.replace("first: 20", "first: " + (100 + i));
                HttpRequest ri = HttpRequest.newBuilder(req.uri()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(v)).build();
                long t0 = System.nanoTime();
                last = http.send(ri, HttpResponse.BodyHandlers.ofString()).body();
                hu[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(hu);
            System.out.printf("| ORA through GraphQL, 500 symbols, explicit %d-symbol universe | p50 %.2f ms | p90 %.2f ms |%n",
                    uNames.size(), hu[49], hu[89]);
            System.out.println("last answer: " + last.substring(0, Math.min(200, last.length())));
        }
    }
}
