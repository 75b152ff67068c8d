package org.gluegraph.knowledge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gluegraph.gene.GeneResolution;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphProperties;
import org.gluegraph.graph.GraphServer;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Identifiers;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/**
 * Imports public knowledge (Hetionet, DrugCentral) as a tier of its own: {@code IMPORTED} edges that carry their
 * source, release and licence, between the HGNC genes, the drugs and imported {@code Entity} nodes; never
 * {@code Claim}s. Each file is read and checked whole before anything is written (a bad row writes nothing). Then one
 * transaction resolves the nodes; the edges follow, each marked with the import's run: with the embedded database
 * through its Java API in transactions of {@value #EMBEDDED_CHUNK} ({@link EmbeddedEdgeWriter}: no Cypher, no Bolt;
 * bench/import/RESULTS.md), with an external server over Bolt in transactions of {@value #CHUNK} (large
 * {@code UNWIND} batches between node ids); one last transaction records the files' digest and makes
 * that run the source's active one. Readers see only a source's active run ({@code r.run IN $runs}), so a newer
 * release replaces the old edges in one step, and an import that dies half-way is never seen (its edges are deleted
 * by the next import). A single transaction for all 765,796 Hetionet edges needs more than 1.3 GB of transaction
 * memory, more than a 2 GB heap allows; chunks of 100,000 need a tenth of that.
 */
@Service
public class KnowledgeImporter {

    public static final String HETIONET = "HETIONET";
    public static final String DRUGCENTRAL = "DRUGCENTRAL";
    static final String HETIONET_LICENCE = "CC0-1.0 (Hetionet compilation); its sources' licences apply, not given per edge in the SIF";
    static final String DRUGCENTRAL_LICENCE = "CC-BY-SA-4.0";
    private static final int EDGE_BATCH = 25_000;
    /** Edges per write transaction. */
    static final int CHUNK = 250_000;
    private static final int NODE_BATCH = 5_000;
    private static final int PROGRESS_EVERY = 100_000;

    /**
     * How the edges are written: through the embedded database's Java API (the default when this process holds the
     * database), UNWIND ... CREATE batches between node ids over Bolt (the default for an external server), or (bench
     * only) UNWIND ... MERGE by keys over Bolt.
     */
    public enum Strategy { EMBEDDED_API, UNWIND_CREATE, MERGE_BATCHES }

    /** Edges per transaction of the embedded writer, measured in bench/import/RESULTS.md. */
    public static final int EMBEDDED_CHUNK = 100_000;
    public static final String EMBEDDED_CHUNK_TEXT = "100,000";

    /**
     * {@code release} and {@code licence} null: the default of the source; {@code strategy} null: the default for the
     * database; {@code edgesPerTransaction} and {@code threads} 0: the embedded writer's defaults.
     */
    public record Options(String release, String licence, Strategy strategy, int edgesPerTransaction, int threads) {
        public Options(String release, String licence, Strategy strategy) {
            this(release, licence, strategy, 0, 0);
        }
    }

    /** Where the import says what it does. */
    public interface Progress {
        void line(String text);
    }

    /**
     * What an import did. {@code written} is false when the same files were imported before ({@code importedAt} is
     * then that import's time). {@code unmatched}: identifiers that match no HGNC gene (kept as their own nodes).
     */
    public record Report(String source, String release, String licence, String sha256, boolean written,
                         String importedAt, Map<String, Integer> nodesPerKind, Map<String, Integer> edgesPerType,
                         long edges, long replacedEdges, int genesMatched, List<String> unmatched, int drugsMatched,
                         int drugsCreated, double writeSeconds, double edgeSeconds) {
    }

    private final Graph graph;
    private final GeneResolver genes;
    private final GraphServer server;
    private final java.time.Duration loadTimeout;

    public KnowledgeImporter(Graph graph, GeneResolver genes, GraphServer server, GraphProperties props) {
        this.graph = graph;
        this.genes = genes;
        this.server = server;
        this.loadTimeout = props.neo4j().loadTimeout();
    }

    /** The strategy asked for, or the database's default; the Java API only reaches a database of this process. */
    private Strategy strategy(Options options) {
        if (options.strategy() == null) {
            return server.embedded() ? Strategy.EMBEDDED_API : Strategy.UNWIND_CREATE;
        }
        if (options.strategy() == Strategy.EMBEDDED_API && !server.embedded()) {
            throw new BadInputException("--strategy: embedded-api needs the embedded database (no gluegraph.neo4j.uri);"
                    + " use unwind-create for an external server");
        }
        return options.strategy();
    }

    private EmbeddedEdgeWriter embeddedWriter(Options options) {
        return new EmbeddedEdgeWriter(server.embeddedDatabase(),
                options.edgesPerTransaction() > 0 ? options.edgesPerTransaction() : EMBEDDED_CHUNK,
                options.threads() > 0 ? options.threads() : 1, loadTimeout);
    }

    /** The embedded writer's edges, with the same progress lines as the Bolt path. */
    private static void writeEmbedded(EmbeddedEdgeWriter writer, EmbeddedEdgeWriter.Edges edges, String name,
            Progress progress) {
        long t0 = System.nanoTime();
        long[] nextReport = {PROGRESS_EVERY};
        writer.write(edges, written -> {
            synchronized (nextReport) {
                if (written >= nextReport[0] || written == edges.size()) {
                    progress.line(String.format("import %s: edges %,d/%,d (%.1f s)", name, written, edges.size(),
                            seconds(t0)));
                    nextReport[0] = (written / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
                }
            }
        });
    }

    // ---------------------------------------------------------------- Hetionet

    public Report importHetionet(Path nodesFile, Path edgesFile, Options options, Progress progress) {
        long t0 = System.nanoTime();
        HetionetFiles.Data data = HetionetFiles.read(nodesFile, edgesFile);
        String release = release(options.release(), nodesFile, "hetionet-(v[0-9]+(?:\\.[0-9]+)*)", data.sha256());
        String licence = options.licence() == null ? HETIONET_LICENCE : checkLicence(options.licence());
        progress.line(String.format("import hetionet: read %,d nodes (%s) and %,d edges (%s) in %.1f s", data.nodes().size(),
                counts(data.nodesPerKind()), data.edges(), counts(data.edgesPerMetaedge()), seconds(t0)));
        Strategy how = strategy(options);
        Report before = alreadyImported(HETIONET, data.sha256(), data.nodesPerKind(), data.edgesPerMetaedge());
        if (before != null) {
            return before;
        }
        long w0 = System.nanoTime();
        long run = newRun(HETIONET);
        deleteInactive(HETIONET, activeRun(HETIONET), progress);
        Resolved nodes = graph.load(tx -> resolveHetionetNodes(tx, data, release, progress));
        long e0 = System.nanoTime();
        if (how == Strategy.MERGE_BATCHES) {
            mergeHetionetEdges(data, run, release, licence, progress);
        } else if (how == Strategy.EMBEDDED_API) {
            writeEmbedded(embeddedWriter(options), hetionetEdges(data, nodes.ids(), run, release, licence), "hetionet",
                    progress);
        } else {
            writeBatches(hetionetBatches(data, nodes.ids(), run, release, licence), data.edges(), "hetionet", progress);
        }
        Report r = new Report(HETIONET, release, licence, data.sha256(), true, Instant.now().toString(),
                data.nodesPerKind(), data.edgesPerMetaedge(), data.edges(), 0, nodes.genesMatched(), nodes.unmatched(),
                nodes.drugsMatched(), nodes.drugsCreated(), 0, 0);
        activate(r, run, List.of(nodesFile.toString(), edgesFile.toString()));
        double edgeSeconds = seconds(e0);
        long replaced = deleteInactive(HETIONET, run, progress);
        deleteOrphans(HETIONET, nodes.entityKeys(), progress);
        return new Report(HETIONET, release, licence, data.sha256(), true, r.importedAt(), data.nodesPerKind(),
                data.edgesPerMetaedge(), data.edges(), replaced, nodes.genesMatched(), nodes.unmatched(),
                nodes.drugsMatched(), nodes.drugsCreated(), seconds(w0), edgeSeconds);
    }

    /** Node ids of the parsed nodes (by their index in the file), and what matched. */
    private record Resolved(long[] ids, List<String> entityKeys, int genesMatched, List<String> unmatched,
                            int drugsMatched, int drugsCreated, String[] mergeKeys, String[] mergeKinds) {
    }

    private Resolved resolveHetionetNodes(TransactionContext tx, HetionetFiles.Data data, String release,
            Progress progress) {
        List<HetionetFiles.Node> nodes = data.nodes();
        long[] ids = new long[nodes.size()];
        Map<String, Long> byEntrez = new HashMap<>(60_000);
        tx.run(graph.cypher("knowledge/gene-nodes-by-entrez")).forEachRemaining(r ->
                byEntrez.put(r.get("entrez").asString(), r.get("node").asLong()));

        List<String> unmatched = new ArrayList<>();
        List<Map<String, Object>> entities = new ArrayList<>();
        List<Integer> entityIndex = new ArrayList<>();
        List<Integer> compounds = new ArrayList<>();
        int genesMatched = 0;
        for (int i = 0; i < nodes.size(); i++) {
            HetionetFiles.Node n = nodes.get(i);
            switch (n.kind()) {
                case "Gene" -> {
                    Long node = byEntrez.get(n.identifier());
                    if (node != null) {
                        ids[i] = node;
                        genesMatched++;
                    } else {
                        unmatched.add(n.id());
                        entities.add(entity(n.id(), n.identifier(), n.name(), "Gene", HetionetMetaedges.UNMAPPED_GENE,
                                Map.of()));
                        entityIndex.add(i);
                    }
                }
                case "Compound" -> compounds.add(i);
                default -> {
                    entities.add(entity(n.id(), n.identifier(), n.name(), n.kind(), HetionetMetaedges.LABELS.get(n.kind()),
                            Map.of()));
                    entityIndex.add(i);
                }
            }
        }
        progress.line(String.format("import hetionet: genes: %,d onto HGNC genes by Entrez id, %,d with an Entrez id no"
                + " HGNC gene has (kept as %s nodes)%s", genesMatched, unmatched.size(), HetionetMetaedges.UNMAPPED_GENE,
                list(unmatched)));

        // compounds: the drug of the DrugBank id, else the one drug of that name that has no DrugBank id, else new
        List<String> keys = new ArrayList<>();
        for (int i : compounds) {
            keys.add(Identifiers.lookupKey(nodes.get(i).identifier()));
            keys.add(Identifiers.lookupKey(nodes.get(i).name()));
        }
        Map<String, List<long[]>> found = new HashMap<>();
        Map<String, String> drugbankOf = new HashMap<>();
        tx.run(graph.cypher("knowledge/drug-nodes-by-keys"), Map.of("keys", keys)).forEachRemaining(r -> {
            found.computeIfAbsent(r.get("key").asString(), k -> new ArrayList<>()).add(new long[] {r.get("node").asLong()});
            drugbankOf.put(Long.toString(r.get("node").asLong()), r.get("drugbankId").asString(null));
        });
        List<Map<String, Object>> create = new ArrayList<>();
        List<Integer> createIndex = new ArrayList<>();
        List<Map<String, Object>> addKey = new ArrayList<>();
        int matched = 0;
        for (int i : compounds) {
            HetionetFiles.Node n = nodes.get(i);
            String dbKey = Identifiers.lookupKey(n.identifier());
            List<long[]> byId = found.getOrDefault(dbKey, List.of());
            List<long[]> byName = found.getOrDefault(Identifiers.lookupKey(n.name()), List.of()).stream()
                    .filter(d -> drugbankOf.get(Long.toString(d[0])) == null).toList();
            if (byId.size() == 1) {
                ids[i] = byId.get(0)[0];
                matched++;
            } else if (byId.isEmpty() && byName.size() == 1) {
                ids[i] = byName.get(0)[0];
                matched++;
                addKey.add(Map.of("node", ids[i], "drugbankId", n.identifier(), "key", dbKey));
            } else if (byId.size() > 1) {
                throw new BadInputException("the graph has " + byId.size() + " drugs with DrugBank id " + n.identifier()
                        + "; resolve that first (nothing was written)");
            } else {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", n.identifier());
                row.put("name", n.name());
                row.put("drugbankId", n.identifier());
                row.put("keys", List.copyOf(new LinkedHashSet<>(List.of(dbKey, Identifiers.lookupKey(n.name())))));
                create.add(row);
                createIndex.add(i);
            }
        }
        if (!addKey.isEmpty()) {
            tx.run(graph.cypher("knowledge/drug-add-drugbank"), Map.of("rows", addKey)).consume();
        }
        Map<String, Long> created = new HashMap<>();
        for (int b = 0; b < create.size(); b += NODE_BATCH) {
            tx.run(graph.cypher("knowledge/drugs-create"), Map.of("rows", create.subList(b, Math.min(create.size(),
                    b + NODE_BATCH)), "source", HETIONET)).forEachRemaining(r ->
                    created.put(r.get("id").asString(), r.get("node").asLong()));
        }
        for (int k = 0; k < createIndex.size(); k++) {
            ids[createIndex.get(k)] = created.get((String) create.get(k).get("id"));
        }
        progress.line(String.format("import hetionet: compounds: %,d onto drugs already in the graph (by DrugBank id or"
                + " name), %,d new drugs", matched, create.size()));

        List<String> entityKeys = mergeEntities(tx, entities, entityIndex, ids, HETIONET, release);
        progress.line(String.format("import hetionet: %,d other nodes as Entity nodes of their kind", entities.size()));
        return new Resolved(ids, entityKeys, genesMatched, List.copyOf(unmatched), matched, create.size(), null, null);
    }

    /**
     * The Hetionet edges for the embedded writer: node ids by the parsed arrays, and one property map per metaedge
     * (the same map, so the same String instances, for all its edges) with the same properties as
     * {@code knowledge/edges-create}.
     */
    private static EmbeddedEdgeWriter.Edges hetionetEdges(HetionetFiles.Data data, long[] ids, long run,
            String release, String licence) {
        List<Map<String, Object>> perMetaedge = new ArrayList<>();
        for (HetionetMetaedges.Metaedge me : data.metaedges()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("source", HETIONET);
            p.put("sourceVersion", release);
            p.put("licence", licence);
            p.put("predicate", me.predicate());
            p.put("sign", me.sign());
            p.put("metaedge", me.abbreviation());
            p.put("run", run);
            // as Cypher's CREATE does with a null parameter: an unsigned metaedge has no sign property
            p.values().removeIf(java.util.Objects::isNull);
            perMetaedge.add(p);
        }
        return new EmbeddedEdgeWriter.Edges() {
            @Override
            public int size() {
                return data.edges();
            }

            @Override
            public long from(int i) {
                return ids[data.source()[i]];
            }

            @Override
            public long to(int i) {
                return ids[data.target()[i]];
            }

            @Override
            public Map<String, Object> properties(int i) {
                return perMetaedge.get(data.metaedge()[i]);
            }
        };
    }

    /** One UNWIND batch of edges: a named query and its parameters. */
    private record Batch(String query, Map<String, Object> params, int edges) {
    }

    private List<Batch> hetionetBatches(HetionetFiles.Data data, long[] ids, long run, String release, String licence) {
        List<Batch> out = new ArrayList<>();
        for (int m = 0; m < data.metaedges().size(); m++) {
            HetionetMetaedges.Metaedge me = data.metaedges().get(m);
            List<List<Long>> rows = new ArrayList<>(EDGE_BATCH);
            for (int i = 0; i <= data.edges(); i++) {
                if (i < data.edges() && data.metaedge()[i] == m) {
                    rows.add(List.of(ids[data.source()[i]], ids[data.target()[i]]));
                }
                if (rows.size() == EDGE_BATCH || (i == data.edges() && !rows.isEmpty())) {
                    Map<String, Object> p = new HashMap<>();
                    p.put("rows", rows);
                    p.put("source", HETIONET);
                    p.put("version", release);
                    p.put("licence", licence);
                    p.put("predicate", me.predicate());
                    p.put("sign", me.sign());
                    p.put("metaedge", me.abbreviation());
                    p.put("run", run);
                    out.add(new Batch("knowledge/edges-create", p, rows.size()));
                    rows = new ArrayList<>(EDGE_BATCH);
                }
            }
        }
        return out;
    }

    /** The batches in transactions of about {@link #CHUNK} edges, with progress lines. */
    private void writeBatches(List<Batch> batches, long total, String name, Progress progress) {
        long written = 0;
        long nextReport = PROGRESS_EVERY;
        long t0 = System.nanoTime();
        int i = 0;
        while (i < batches.size()) {
            List<Batch> chunk = new ArrayList<>();
            int edges = 0;
            while (i < batches.size() && (chunk.isEmpty() || edges + batches.get(i).edges() <= CHUNK)) {
                edges += batches.get(i).edges();
                chunk.add(batches.get(i++));
            }
            graph.load(tx -> {
                chunk.forEach(b -> tx.run(graph.cypher(b.query()), b.params()).consume());
                return null;
            });
            written += edges;
            if (written >= nextReport || i == batches.size()) {
                progress.line(String.format("import %s: edges %,d/%,d (%.1f s)", name, written, total, seconds(t0)));
                nextReport = (written / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
            }
        }
    }

    /** The bench's comparison: every batch its own transaction of UNWIND ... MERGE, endpoints found by key. */
    private void mergeHetionetEdges(HetionetFiles.Data data, long run, String release, String licence, Progress progress) {
        Resolved keys = resolveKeysOnly(data);
        String cypher = graph.cypher("knowledge/edges-merge-batch");
        int batch = 10_000;
        long written = 0;
        long t0 = System.nanoTime();
        for (int m = 0; m < data.metaedges().size(); m++) {
            HetionetMetaedges.Metaedge me = data.metaedges().get(m);
            List<Map<String, Object>> rows = new ArrayList<>(batch);
            for (int i = 0; i <= data.edges(); i++) {
                if (i < data.edges() && data.metaedge()[i] == m) {
                    int s = data.source()[i];
                    int t = data.target()[i];
                    rows.add(Map.of("a", keys.mergeKeys()[s], "aKind", keys.mergeKinds()[s], "b", keys.mergeKeys()[t],
                            "bKind", keys.mergeKinds()[t]));
                }
                if (rows.size() == batch || (i == data.edges() && !rows.isEmpty())) {
                    Map<String, Object> p = new HashMap<>();
                    p.put("rows", rows);
                    p.put("source", HETIONET);
                    p.put("version", release);
                    p.put("licence", licence);
                    p.put("predicate", me.predicate());
                    p.put("sign", me.sign());
                    p.put("metaedge", me.abbreviation());
                    p.put("run", run);
                    graph.load(tx -> tx.run(cypher, p).consume());
                    written += rows.size();
                    rows = new ArrayList<>(batch);
                    if (written % PROGRESS_EVERY < batch) {
                        progress.line(String.format("import hetionet (merge batches): edges %,d/%,d (%.1f s)", written,
                                data.edges(), seconds(t0)));
                    }
                }
            }
        }
    }

    /** The keys by which the MERGE comparison finds each node (the nodes exist: the import's first step made them). */
    private Resolved resolveKeysOnly(HetionetFiles.Data data) {
        Set<String> entrez = new java.util.HashSet<>();
        graph.readListLarge("knowledge/gene-nodes-by-entrez", Map.of(), r -> r.get("entrez").asString())
                .forEach(entrez::add);
        int n = data.nodes().size();
        String[] keys = new String[n];
        String[] kinds = new String[n];
        for (int i = 0; i < n; i++) {
            HetionetFiles.Node node = data.nodes().get(i);
            if (node.kind().equals("Gene") && entrez.contains(node.identifier())) {
                keys[i] = node.identifier();
                kinds[i] = "Gene";
            } else if (node.kind().equals("Compound")) {
                keys[i] = Identifiers.lookupKey(node.identifier());
                kinds[i] = "Drug";
            } else {
                keys[i] = node.id();
                kinds[i] = "Entity";
            }
        }
        return new Resolved(null, List.of(), 0, List.of(), 0, 0, keys, kinds);
    }

    // ---------------------------------------------------------------- DrugCentral

    public Report importDrugCentral(Path file, Options options, Progress progress) {
        long t0 = System.nanoTime();
        DrugCentralFile.Data data = DrugCentralFile.read(file);
        String release = release(options.release(), file, "drugcentral[-_]?([0-9]+(?:[._-][0-9]+)*)", data.sha256());
        String licence = options.licence() == null ? DRUGCENTRAL_LICENCE : checkLicence(options.licence());
        long humanRows = data.rows().stream().filter(DrugCentralFile.Row::human).count();
        long drugs = data.rows().stream().map(DrugCentralFile.Row::structId).distinct().count();
        progress.line(String.format("import drugcentral: read %,d rows (%,d Homo sapiens) of %,d drugs in %.1f s",
                data.rows().size(), humanRows, drugs, seconds(t0)));
        Strategy how = strategy(options);
        if (how == Strategy.MERGE_BATCHES) {
            throw new BadInputException("--strategy: merge-batches is a benchmark of the Hetionet import only");
        }
        Report before = alreadyImported(DRUGCENTRAL, data.sha256(), null, null);
        if (before != null) {
            return before;
        }

        // human targets onto HGNC genes by their symbols (exact case; previous symbols and aliases when unique)
        Set<String> symbols = new LinkedHashSet<>();
        data.rows().stream().filter(DrugCentralFile.Row::human).forEach(r -> symbols.addAll(r.genes()));
        GeneResolution res = genes.index().resolve(List.copyOf(symbols), "GENE");
        Map<String, String> hgncOf = new HashMap<>();
        res.matches().stream().filter(GeneResolution.GeneMatch::exactCase)
                .forEach(m -> hgncOf.put(m.term(), m.gene().hgncId()));
        List<String> unmatched = symbols.stream().filter(s -> !hgncOf.containsKey(s)).sorted().toList();

        Map<String, Integer> perKind = new LinkedHashMap<>();
        perKind.put("Drug", (int) drugs);
        long w0 = System.nanoTime();
        long run = newRun(DRUGCENTRAL);
        deleteInactive(DRUGCENTRAL, activeRun(DRUGCENTRAL), progress);
        Prepared prepared = graph.load(tx -> {
            // drugs by name (or an earlier DrugCentral import's id), else new
            Map<Long, String> nameOf = new LinkedHashMap<>();
            data.rows().forEach(r -> nameOf.putIfAbsent(r.structId(), r.drugName()));
            List<String> keys = new ArrayList<>();
            nameOf.forEach((id, name) -> {
                keys.add(Identifiers.lookupKey(drugId(id)));
                keys.add(Identifiers.lookupKey(name));
            });
            Map<String, List<Long>> found = new HashMap<>();
            tx.run(graph.cypher("knowledge/drug-nodes-by-keys"), Map.of("keys", keys)).forEachRemaining(r ->
                    found.computeIfAbsent(r.get("key").asString(), k -> new ArrayList<>()).add(r.get("node").asLong()));
            Map<Long, Long> drugNode = new HashMap<>();
            List<Map<String, Object>> create = new ArrayList<>();
            int matched = 0;
            List<String> ambiguous = new ArrayList<>();
            for (var e : nameOf.entrySet()) {
                List<Long> byId = found.getOrDefault(Identifiers.lookupKey(drugId(e.getKey())), List.of());
                List<Long> byName = found.getOrDefault(Identifiers.lookupKey(e.getValue()), List.of());
                List<Long> hit = !byId.isEmpty() ? byId : byName;
                if (hit.size() > 1) {
                    ambiguous.add(e.getValue());
                }
                if (!hit.isEmpty()) {
                    drugNode.put(e.getKey(), hit.get(0));
                    matched++;
                } else {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", drugId(e.getKey()));
                    row.put("name", e.getValue());
                    row.put("drugbankId", null);
                    row.put("keys", List.copyOf(new LinkedHashSet<>(List.of(Identifiers.lookupKey(drugId(e.getKey())),
                            Identifiers.lookupKey(e.getValue())))));
                    create.add(row);
                }
            }
            if (!ambiguous.isEmpty()) {
                throw new BadInputException(file + ": drug names that name several drugs in the graph: " + ambiguous
                        + "; nothing was written");
            }
            for (int b = 0; b < create.size(); b += NODE_BATCH) {
                tx.run(graph.cypher("knowledge/drugs-create"), Map.of("rows", create.subList(b, Math.min(create.size(),
                        b + NODE_BATCH)), "source", DRUGCENTRAL)).forEachRemaining(r -> drugNode.put(
                        Long.parseLong(r.get("id").asString().substring("drugcentral:".length())), r.get("node").asLong()));
            }
            progress.line(String.format("import drugcentral: drugs: %,d onto drugs already in the graph (by name), %,d new",
                    matched, create.size()));

            Map<String, Long> geneNode = new HashMap<>();
            tx.run(graph.cypher("knowledge/gene-nodes-by-hgnc"), Map.of("ids", List.copyOf(new LinkedHashSet<>(
                    hgncOf.values())))).forEachRemaining(r -> geneNode.put(r.get("hgncId").asString(),
                    r.get("node").asLong()));
            progress.line(String.format("import drugcentral: human targets: %,d gene symbols onto HGNC genes, %,d match"
                    + " none (their rows go to the target's own node)%s", hgncOf.size(), unmatched.size(), list(unmatched)));

            // targets that are not (only) HGNC genes: non-human proteins, other substances, unmatched symbols
            Map<String, Map<String, Object>> targets = new LinkedHashMap<>();
            for (DrugCentralFile.Row r : data.rows()) {
                if (needsTarget(r, hgncOf)) {
                    targets.computeIfAbsent(targetKey(r), k -> {
                        Map<String, Object> props = new HashMap<>();
                        props.put("organism", r.organism());
                        props.put("targetClass", r.targetClass());
                        props.put("accession", r.accession());
                        props.put("genes", r.genes());
                        props.put("swissprot", r.swissprot());
                        return entity(k, r.accession() != null ? r.accession() : r.targetName(), r.targetName(), "Target",
                                "Target", props);
                    });
                }
            }
            List<Map<String, Object>> entities = List.copyOf(targets.values());
            long[] targetIds = new long[entities.size()];
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < entities.size(); i++) {
                index.add(i);
            }
            List<String> entityKeys = mergeEntities(tx, entities, index, targetIds, DRUGCENTRAL, release);
            Map<String, Long> targetNode = new HashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                targetNode.put((String) entities.get(i).get("key"), targetIds[i]);
            }
            Map<String, Integer> perType = new TreeMap<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DrugCentralFile.Row r : data.rows()) {
                long drug = drugNode.get(r.structId());
                Map<String, Object> props = props(r);
                if (r.human()) {
                    for (String g : r.genes()) {
                        String hgnc = hgncOf.get(g);
                        if (hgnc != null) {
                            rows.add(Map.of("a", drug, "b", geneNode.get(hgnc), "props", props));
                            perType.merge("Gene", 1, Integer::sum);
                        }
                    }
                }
                if (needsTarget(r, hgncOf)) {
                    rows.add(Map.of("a", drug, "b", targetNode.get(targetKey(r)), "props", props));
                    perType.merge("Target", 1, Integer::sum);
                }
            }
            perKind.put("Target", entities.size());
            Map<String, Integer> edgesPerType = new LinkedHashMap<>();
            perType.forEach((k, v) -> edgesPerType.put("Drug-" + k, v));
            return new Prepared(rows, edgesPerType, entityKeys, matched, create.size());
        });
        long e0 = System.nanoTime();
        if (how == Strategy.EMBEDDED_API) {
            writeEmbedded(embeddedWriter(options), drugCentralEdges(prepared.rows(), run, release, licence),
                    "drugcentral", progress);
        } else {
            List<Batch> batches = new ArrayList<>();
            for (int b = 0; b < prepared.rows().size(); b += EDGE_BATCH) {
                var rows = prepared.rows().subList(b, Math.min(prepared.rows().size(), b + EDGE_BATCH));
                batches.add(new Batch("knowledge/edges-create-rows", Map.of("rows", rows, "source", DRUGCENTRAL,
                        "version", release, "licence", licence, "run", run), rows.size()));
            }
            writeBatches(batches, prepared.rows().size(), "drugcentral", progress);
        }
        Report r = new Report(DRUGCENTRAL, release, licence, data.sha256(), true, Instant.now().toString(), perKind,
                prepared.edgesPerType(), prepared.rows().size(), 0, hgncOf.size(), unmatched, prepared.matched(),
                prepared.created(), 0, 0);
        activate(r, run, List.of(file.toString()));
        double edgeSeconds = seconds(e0);
        long replaced = deleteInactive(DRUGCENTRAL, run, progress);
        deleteOrphans(DRUGCENTRAL, prepared.entityKeys(), progress);
        progress.line(String.format("import drugcentral: edges %,d (%s)", r.edges(), counts(r.edgesPerType())));
        return new Report(DRUGCENTRAL, release, licence, data.sha256(), true, r.importedAt(), perKind,
                prepared.edgesPerType(), r.edges(), replaced, hgncOf.size(), unmatched, prepared.matched(),
                prepared.created(), seconds(w0), edgeSeconds);
    }

    /**
     * DrugCentral's edge rows for the embedded writer, with the same properties as {@code knowledge/edges-create-rows}:
     * the row's own, then source, release, licence and run (a row's map is shared by its gene edges).
     */
    private static EmbeddedEdgeWriter.Edges drugCentralEdges(List<Map<String, Object>> rows, long run, String release,
            String licence) {
        Map<Object, Map<String, Object>> merged = new java.util.IdentityHashMap<>();
        return new EmbeddedEdgeWriter.Edges() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public long from(int i) {
                return (Long) rows.get(i).get("a");
            }

            @Override
            public long to(int i) {
                return (Long) rows.get(i).get("b");
            }

            @Override
            public Map<String, Object> properties(int i) {
                synchronized (merged) {
                    return merged.computeIfAbsent(rows.get(i).get("props"), props -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> p = new LinkedHashMap<>((Map<String, Object>) props);
                        p.put("source", DRUGCENTRAL);
                        p.put("sourceVersion", release);
                        p.put("licence", licence);
                        p.put("run", run);
                        return p;
                    });
                }
            }
        };
    }

    /** DrugCentral's nodes resolved: the edge rows (node ids and properties) and the counts. */
    private record Prepared(List<Map<String, Object>> rows, Map<String, Integer> edgesPerType, List<String> entityKeys,
                            int matched, int created) {
    }

    static String drugId(long structId) {
        return "drugcentral:" + structId;
    }

    /** A row reaches a target node of its own unless it is human and every one of its symbols is an HGNC gene. */
    private static boolean needsTarget(DrugCentralFile.Row r, Map<String, String> hgncOf) {
        return !r.human() || r.genes().isEmpty() || r.genes().stream().anyMatch(g -> !hgncOf.containsKey(g));
    }

    private static String targetKey(DrugCentralFile.Row r) {
        return "DrugCentral::" + (r.accession() != null ? r.accession() : "name:" + r.targetName());
    }

    private static Map<String, Object> props(DrugCentralFile.Row r) {
        Map<String, Object> p = new HashMap<>();
        p.put("predicate", DrugCentralActions.predicate(r.actionType()));
        p.put("sign", DrugCentralActions.sign(r.actionType()));
        p.put("actionType", r.actionType());
        p.put("moa", r.moa());
        p.put("actValue", r.actValue());
        p.put("actUnit", r.actUnit());
        p.put("actType", r.actType());
        p.put("actRelation", r.relation());
        p.put("actSource", r.actSource());
        p.put("actSourceUrl", r.actSourceUrl());
        p.put("moaSource", r.moaSource());
        p.put("moaSourceUrl", r.moaSourceUrl());
        p.put("actComment", r.actComment());
        p.put("targetName", r.targetName());
        p.put("targetClass", r.targetClass());
        p.put("accession", r.accession());
        p.put("organism", r.organism());
        p.put("tdl", r.tdl());
        p.put("structId", r.structId());
        p.put("line", r.line());
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }

    // ---------------------------------------------------------------- shared steps

    private static Map<String, Object> entity(String key, String id, String name, String kind, String label,
            Map<String, Object> props) {
        Map<String, Object> e = new HashMap<>();
        e.put("key", key);
        e.put("id", id);
        e.put("name", name);
        e.put("kind", kind);
        e.put("label", label);
        Map<String, Object> p = new HashMap<>(props);
        p.values().removeIf(java.util.Objects::isNull);
        e.put("props", p);
        return e;
    }

    /** Creates or updates the entities; their node ids go to {@code ids[index[k]]}. @return their keys */
    private List<String> mergeEntities(TransactionContext tx, List<Map<String, Object>> entities, List<Integer> index,
            long[] ids, String source, String release) {
        Map<String, Long> nodeOf = new HashMap<>();
        for (int b = 0; b < entities.size(); b += NODE_BATCH) {
            tx.run(graph.cypher("knowledge/entities-merge"), Map.of("rows", entities.subList(b,
                    Math.min(entities.size(), b + NODE_BATCH)), "source", source, "version", release))
                    .forEachRemaining(r -> nodeOf.put(r.get("key").asString(), r.get("node").asLong()));
        }
        List<String> keys = new ArrayList<>(entities.size());
        for (int k = 0; k < entities.size(); k++) {
            String key = (String) entities.get(k).get("key");
            ids[index.get(k)] = nodeOf.get(key);
            keys.add(key);
        }
        return keys;
    }

    /** The source's active run (0 before its first import). */
    private long activeRun(String source) {
        var rows = graph.readList("knowledge/import-record", Map.of("name", source), r -> r.get("record").asMap());
        Object run = rows.isEmpty() ? null : rows.get(0).get("activeRun");
        return run == null ? 0 : ((Number) run).longValue();
    }

    /** A run id above every earlier one of the source (milliseconds since 1970, or the next number). */
    private long newRun(String source) {
        return Math.max(System.currentTimeMillis(), activeRun(source) + 1);
    }

    /**
     * Deletes the source's edges of every run but {@code keep}, in transactions of 100,000 (after a newer release
     * became active, its predecessor's; before an import, what an import that died half-way left). Readers never see
     * them: only the active run is read. @return the number deleted
     */
    private long deleteInactive(String source, long keep, Progress progress) {
        long deleted = 0;
        long n;
        do {
            n = graph.load(tx -> tx.run(graph.cypher("knowledge/edges-delete"), Map.of("source", source, "keep", keep,
                    "limit", CHUNK)).single().get("deleted").asLong());
            deleted += n;
        } while (n > 0);
        if (deleted > 0) {
            progress.line(String.format("import %s: %,d edges of earlier or unfinished imports deleted",
                    source.toLowerCase(java.util.Locale.ROOT), deleted));
        }
        return deleted;
    }

    /** Entities of the source that its new release no longer lists and that no edge uses any more. */
    private void deleteOrphans(String source, List<String> entityKeys, Progress progress) {
        long n = graph.load(tx -> tx.run(graph.cypher("knowledge/entities-orphans-delete"), Map.of("source", source,
                "keys", entityKeys)).single().get("deleted").asLong());
        if (n > 0) {
            progress.line(String.format("import %s: %,d nodes no longer listed removed",
                    source.toLowerCase(java.util.Locale.ROOT), n));
        }
    }

    /** The last step: the record of the import, whose run becomes the one readers see, in one transaction. */
    private void activate(Report r, long run, List<String> files) {
        graph.load(tx -> {
            record(tx, r, files, run);
            return null;
        });
    }

    private void record(TransactionContext tx, Report r, List<String> files, long run) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("activeRun", run);
        props.put("version", r.release());
        props.put("licence", r.licence());
        props.put("sha256", r.sha256());
        props.put("files", files);
        props.put("importedAt", r.importedAt() == null ? Instant.now().toString() : r.importedAt());
        props.put("edges", r.edges());
        props.put("nodeKinds", List.copyOf(r.nodesPerKind().keySet()));
        props.put("nodeCounts", List.copyOf(r.nodesPerKind().values()));
        props.put("edgeTypes", List.copyOf(r.edgesPerType().keySet()));
        props.put("edgeCounts", List.copyOf(r.edgesPerType().values()));
        props.put("genesMatched", r.genesMatched());
        props.put("unmatchedCount", r.unmatched().size());
        props.put("unmatchedIds", r.unmatched());
        props.put("drugsMatched", r.drugsMatched());
        props.put("drugsCreated", r.drugsCreated());
        tx.run(graph.cypher("knowledge/import-record-write"), Map.of("name", r.source(), "props", props)).consume();
    }

    /** The report of the earlier import of the same files, or null when these files are new to the graph. */
    private Report alreadyImported(String source, String sha256, Map<String, Integer> nodes, Map<String, Integer> edges) {
        var rows = graph.readList("knowledge/import-record", Map.of("name", source), r -> r.get("record").asMap());
        if (rows.isEmpty() || !sha256.equals(rows.get(0).get("sha256"))) {
            return null;
        }
        Map<String, Object> m = rows.get(0);
        @SuppressWarnings("unchecked")
        List<String> unmatched = (List<String>) m.getOrDefault("unmatchedIds", List.of());
        return new Report(source, (String) m.get("version"), (String) m.get("licence"), sha256, false,
                (String) m.get("importedAt"), nodes == null ? Map.of() : nodes, edges == null ? Map.of() : edges,
                ((Number) m.get("edges")).longValue(), 0, ((Number) m.getOrDefault("genesMatched", 0)).intValue(),
                unmatched, ((Number) m.getOrDefault("drugsMatched", 0)).intValue(),
                ((Number) m.getOrDefault("drugsCreated", 0)).intValue(), 0, 0);
    }

    /** The release named by the option, else read from the file name, else the first 12 digits of the digest. */
    private static String release(String given, Path file, String pattern, String sha256) {
        if (given != null) {
            if (!given.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,39}")) {
                throw new BadInputException("--release: expected 1 to 40 letters, digits, . _ : - (like v1.0 or"
                        + " 2018-01), found '" + given + "'");
            }
            return given;
        }
        var m = java.util.regex.Pattern.compile(pattern).matcher(file.getFileName().toString().toLowerCase());
        if (m.find()) {
            return m.group(1);
        }
        return "sha256:" + sha256.substring(0, 12);
    }

    private static String checkLicence(String licence) {
        if (licence.isBlank() || licence.length() > 200) {
            throw new BadInputException("--licence: expected 1 to 200 characters naming the release's licence");
        }
        return licence.strip();
    }

    private static String counts(Map<String, Integer> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(String.format("%,d", v)));
        return b.toString();
    }

    /** The first identifiers of a list, for a progress line (the full list is recorded with the import). */
    static String list(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        int shown = Math.min(20, ids.size());
        return ": " + String.join(", ", ids.subList(0, shown)) + (ids.size() > shown ? ", ... (" + (ids.size() - shown)
                + " more; all in about { imports { unmatchedIds } })" : "");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
