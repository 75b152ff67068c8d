package org.gluegraph.gene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.gluegraph.seed.SeedSource;
import org.gluegraph.seed.TsvFile;

/**
 * Every gene identifier in memory, for bulk mapping where a round trip per request would dominate (enrichment
 * of a 20,000-gene universe). Built from the graph (the service) or from the HGNC seed file (the command line,
 * {@link #fromSeed}); either way it resolves by exactly the rules of {@link GeneResolver}, the one home of the
 * identifier rule for the API and the command line.
 */
public final class GeneIndex {

    private final Map<String, List<GeneResolver.Hit>> hits;
    private final Map<String, Gene> byHgnc;

    private GeneIndex(Map<String, List<GeneResolver.Hit>> hits, Map<String, Gene> byHgnc) {
        this.hits = hits;
        this.byHgnc = byHgnc;
    }

    /** The index of the graph's genes (the service: what the gene seed, or any other writer, left there). */
    public static GeneIndex load(Graph graph) {
        Map<String, List<GeneResolver.Hit>> hits = new HashMap<>(300_000);
        Map<String, Gene> byHgnc = new HashMap<>(60_000);
        graph.readListLarge("query/all-genes", Map.of(), r -> Gene.from(r.get("gene").asMap()))
                .forEach(g -> addGene(hits, byHgnc, g));
        graph.readListLarge("query/all-gene-keys", Map.of(), r -> new Object[] {r.get("key").asString(),
                r.get("kind").asString(), r.get("hgncId").asString()}).forEach(a -> {
            Gene g = byHgnc.get((String) a[2]);
            if (g != null) {
                add(hits, (String) a[0], (String) a[1], g);
            }
        });
        return new GeneIndex(hits, byHgnc);
    }

    /**
     * The same index straight from the HGNC file the gene seed loads (the command line, which has no graph):
     * each row read by the seed's own rule ({@link GeneSeed#geneRow}), so the keys are the ones the graph holds.
     */
    public static GeneIndex fromSeed(SeedSource source) {
        return fromSeed(source, null);
    }

    /**
     * As {@link #fromSeed(SeedSource)}, holding only the genes with one of these keys ({@link GeneResolver#key}),
     * null for all: every hit of a wanted key is kept, so a term resolves (or is ambiguous) exactly as in the
     * whole index. The command line maps one table's ids and need not index 44,000 genes' 300,000 keys for it.
     */
    @SuppressWarnings("unchecked")
    static GeneIndex fromSeed(SeedSource source, java.util.Set<String> wanted) {
        Map<String, List<GeneResolver.Hit>> hits = new HashMap<>(wanted == null ? 300_000 : 1024);
        Map<String, Gene> byHgnc = new HashMap<>(wanted == null ? 60_000 : 1024);
        TsvFile file = GeneSeed.file(source);
        for (TsvFile.Row r : file.rows()) {
            if (wanted != null && !mayName(r, wanted)) {
                continue; // a quick look at the raw values first: most rows name none of a table's ids
            }
            Map<String, Object> row = GeneSeed.geneRow(r);
            List<Map<String, Object>> keys = (List<Map<String, Object>>) row.get("keys");
            Gene g = Gene.from(row);
            if (wanted != null && !anyKey(g, keys, wanted)) {
                continue;
            }
            addGene(hits, byHgnc, g);
            for (Map<String, Object> k : keys) {
                add(hits, (String) k.get("key"), (String) k.get("kind"), g);
            }
        }
        return new GeneIndex(hits, byHgnc);
    }

    /**
     * HGNC symbols of a whole table's ids from the HGNC file shipped in the jar (the command line's symbol
     * column): {@link #symbols}'s rule on an index of only the genes these ids can name.
     */
    public static List<String> shippedSymbols(List<String> ids) {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids.size() * 2);
        ids.forEach(id -> wanted.add(GeneResolver.key(id)));
        return fromSeed(SeedSource.classpath("seed-data"), wanted).symbols(ids);
    }

    /** The HGNC file shipped in the jar ({@code seed-data/} is on the classpath). */
    public static GeneIndex shipped() {
        return fromSeed(SeedSource.classpath("seed-data"));
    }

    /** A gene's own identifiers; previous symbols and aliases are keys of their own (several genes may share one). */
    private static void addGene(Map<String, List<GeneResolver.Hit>> hits, Map<String, Gene> byHgnc, Gene g) {
        byHgnc.put(g.hgncId(), g);
        ownKeys(g, (key, kind) -> add(hits, key, kind, g));
    }

    /** The keys of a gene's own identifiers, with their kind. */
    private static void ownKeys(Gene g, java.util.function.BiConsumer<String, String> key) {
        key.accept(GeneResolver.key(g.symbol()), "symbol");
        key.accept(GeneResolver.key(g.hgncId()), "hgnc");
        if (g.entrezId() != null) {
            key.accept(g.entrezId(), "entrez");
        }
        if (g.ensemblId() != null) {
            key.accept(GeneResolver.key(g.ensemblId()), "ensembl");
        }
    }

    /** False only when no identifier of the row, read raw, has a wanted key (then {@link #anyKey} is false too). */
    private static boolean mayName(TsvFile.Row r, java.util.Set<String> wanted) {
        for (String column : new String[] {"symbol", "hgnc_id", "entrez_id", "ensembl_gene_id"}) {
            if (wanted.contains(GeneResolver.key(r.get(column)))) {
                return true;
            }
        }
        for (String column : new String[] {"prev_symbol", "alias_symbol"}) {
            for (String v : r.list(column)) {
                if (wanted.contains(GeneResolver.key(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the gene has a wanted key among its own or its key rows (previous symbols, aliases). */
    private static boolean anyKey(Gene g, List<Map<String, Object>> keyRows, java.util.Set<String> wanted) {
        boolean[] found = {false};
        ownKeys(g, (key, kind) -> found[0] |= wanted.contains(key));
        for (Map<String, Object> k : keyRows) {
            found[0] |= wanted.contains((String) k.get("key"));
        }
        return found[0];
    }

    private static void add(Map<String, List<GeneResolver.Hit>> hits, String key, String kind, Gene g) {
        hits.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new GeneResolver.Hit(kind, g));
    }

    Map<String, List<GeneResolver.Hit>> hits() {
        return hits;
    }

    public GeneResolution resolve(List<String> terms, String field) {
        return GeneResolver.classify(GeneResolver.keys(terms, field), hits);
    }

    /**
     * HGNC symbols of a whole table's ids (a count table may hold 60,000): the rule of {@link #resolve}, without
     * its per-request bound. "" where an id names no gene, or several (never a guess).
     */
    public List<String> symbols(List<String> ids) {
        Map<String, String> symbolOf = new HashMap<>();
        resolveAll(ids).matches().forEach(m -> symbolOf.put(m.term(), m.gene().symbol()));
        return ids.stream().map(id -> symbolOf.getOrDefault(id, "")).toList();
    }

    /** {@link #resolve} without its per-request bound (whole files on the command line); each distinct term once. */
    public GeneResolution resolveAll(List<String> terms) {
        Map<String, String> keyOfTerm = new java.util.LinkedHashMap<>();
        terms.forEach(t -> keyOfTerm.put(t, GeneResolver.key(t)));
        return GeneResolver.classify(keyOfTerm, hits);
    }

    private volatile String[] sortedKeys;

    /**
     * Genes with an identifier that starts with the typed text (a search box's suggestions): exact identifiers
     * first, then approved symbols, then shorter identifiers; one entry per gene.
     */
    public List<GeneResolution.GeneMatch> suggest(String prefix, int limit) {
        String p = GeneResolver.key(prefix);
        if (p.isEmpty() || limit <= 0) {
            return List.of();
        }
        String[] keys = sortedKeys;
        if (keys == null) {
            keys = hits.keySet().toArray(String[]::new);
            java.util.Arrays.sort(keys);
            sortedKeys = keys;
        }
        int i = java.util.Arrays.binarySearch(keys, p);
        List<GeneResolution.GeneMatch> found = new ArrayList<>();
        for (int k = i < 0 ? -i - 1 : i; k < keys.length && keys[k].startsWith(p) && found.size() < 20_000; k++) {
            for (GeneResolver.Hit h : hits.get(keys[k])) {
                found.add(new GeneResolution.GeneMatch(keys[k], h.gene(), h.kind()));
            }
        }
        found.sort(java.util.Comparator.comparing((GeneResolution.GeneMatch m) -> !m.term().equals(p))
                .thenComparing(m -> !"symbol".equals(m.matchedOn()))
                .thenComparingInt(m -> m.term().length())
                .thenComparing(GeneResolution.GeneMatch::term));
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<GeneResolution.GeneMatch> out = new ArrayList<>();
        for (GeneResolution.GeneMatch m : found) {
            if (out.size() < limit && seen.add(m.gene().hgncId())) {
                out.add(m);
            }
        }
        return out;
    }

    public Gene byHgncId(String hgncId) {
        return byHgnc.get(hgncId);
    }

    public int size() {
        return byHgnc.size();
    }
}
