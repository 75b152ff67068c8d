import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * What the imports wrote, counted in the database, against what the sources publish (bench/import, issue 17):
 * Hetionet nodes per kind against hetionet/metanodes.tsv and edges per metaedge (the active run) against
 * hetionet/metaedges.tsv (the shared 16-metaedge SIF holds 16 of the 24 types, see its PROVENANCE.md); DrugCentral's
 * edges, and the input rows they came from, against its PROVENANCE.md (16,702 rows, 12,217 Homo sapiens).
 *   java -cp <runtime classpath> bench/import/Counts.java BOLT_PORT REPO_DIR SHARED_DATA_DIR
 * Prints Markdown tables; exits 1 when a count differs.
 */
public class Counts {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path repo = Path.of(args[1]);
        Path shared = Path.of(args[2]);
        List<String> entrez = new ArrayList<>();
        List<String> drugbank = new ArrayList<>();
        List<String> nodeLines = gz(shared.resolve("hetionet/hetionet-v1.0-nodes.tsv.gz"));
        for (String line : nodeLines.subList(1, nodeLines.size())) {
            String id = line.split("\t")[0];
            if (id.startsWith("Gene::")) {
                entrez.add(id.substring(6));
            } else if (id.startsWith("Compound::")) {
                drugbank.add(id.substring(10));
            }
        }
        Map<String, Long> kinds = tsv(shared.resolve("hetionet/metanodes.tsv"), 0, 3);
        Map<String, Long> metaedges = tsv(shared.resolve("hetionet/metaedges.tsv"), 1, 2);
        boolean ok = true;
        try (var driver = GraphDatabase.driver("bolt://localhost:" + port, AuthTokens.none()); var s = driver.session()) {
            Map<String, Long> nodes = new TreeMap<>();
            s.run(Files.readString(repo.resolve("cypher/knowledge/import-counts-nodes.cypher")), Map.of("source",
                    "HETIONET", "entrez", entrez, "drugbank", drugbank)).forEachRemaining(r ->
                    nodes.put(r.get("kind").asString(), r.get("nodes").asLong()));
            System.out.println("| Hetionet node kind | metanodes.tsv | in the graph | |");
            System.out.println("|---|---:|---:|---|");
            for (var e : kinds.entrySet()) {
                long got = nodes.getOrDefault(e.getKey(), 0L);
                ok &= got == e.getValue();
                System.out.printf("| %s | %,d | %,d | %s |%n", e.getKey(), e.getValue(), got, got == e.getValue() ? "=" : "DIFFERS");
            }
            Map<String, Long[]> edges = edges(s, repo, "HETIONET");
            System.out.println();
            System.out.println("| Hetionet metaedge | metaedges.tsv | in the graph (active run) | |");
            System.out.println("|---|---:|---:|---|");
            long total = 0;
            for (var e : metaedges.entrySet()) {
                Long[] got = edges.get(e.getKey());
                if (got == null) {
                    System.out.printf("| %s | %,d | - | not in the shared 16-metaedge file |%n", e.getKey(), e.getValue());
                    continue;
                }
                total += got[0];
                ok &= got[0].longValue() == e.getValue();
                System.out.printf("| %s | %,d | %,d | %s |%n", e.getKey(), e.getValue(), got[0],
                        got[0].longValue() == e.getValue() ? "=" : "DIFFERS");
            }
            System.out.printf("| all present types | | %,d | |%n", total);
            Map<String, Long[]> dc = edges(s, repo, "DRUGCENTRAL");
            long dcEdges = 0;
            long lines = 0;
            long human = 0;
            System.out.println();
            System.out.println("| DrugCentral edges | in the graph (active run) | input rows behind them | Homo sapiens rows |");
            System.out.println("|---|---:|---:|---:|");
            for (var e : dc.entrySet()) {
                dcEdges += e.getValue()[0];
                System.out.printf("| %s | %,d | %,d | %,d |%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            }
            // the rows of all edges (a row may give a gene edge and a target edge: counted once)
            var all = s.run(Files.readString(repo.resolve("cypher/knowledge/import-counts-lines.cypher")),
                    Map.of("source", "DRUGCENTRAL")).single();
            lines = all.get("lines").asLong();
            human = all.get("human").asLong();
            ok &= lines == 16_702 && human == 12_217;
            System.out.printf("| all | %,d | %,d (PROVENANCE.md: 16,702) | %,d (PROVENANCE.md: 12,217) |%n", dcEdges, lines,
                    human);
        }
        System.out.println();
        System.out.println(ok ? "every count matches" : "SOME COUNTS DIFFER");
        System.exit(ok ? 0 : 1);
    }

    private static Map<String, Long[]> edges(org.neo4j.driver.Session s, Path repo, String source) throws Exception {
        Map<String, Long[]> out = new LinkedHashMap<>();
        s.run(Files.readString(repo.resolve("cypher/knowledge/import-counts-edges.cypher")), Map.of("source", source))
                .forEachRemaining(r -> out.put(r.get("type").asString(), new Long[] {r.get("edges").asLong(),
                        r.get("lines").asLong(), r.get("humanLines").asLong()}));
        return out;
    }

    private static Map<String, Long> tsv(Path file, int key, int value) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            out.put(f[key], Long.parseLong(f[value]));
        }
        return out;
    }

    private static List<String> gz(Path file) throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                out.add(line);
            }
            return out;
        }
    }
}
