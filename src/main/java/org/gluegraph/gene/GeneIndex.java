package org.gluegraph.gene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;

/**
 * Every gene identifier in memory, for bulk mapping where a round trip per request would dominate (enrichment
 * of a 20,000-gene universe). Built from the graph; resolves by exactly the rules of {@link GeneResolver}.
 */
public final class GeneIndex {

    private final Map<String, List<GeneResolver.Hit>> hits;
    private final Map<String, Gene> byHgnc;

    private GeneIndex(Map<String, List<GeneResolver.Hit>> hits, Map<String, Gene> byHgnc) {
        this.hits = hits;
        this.byHgnc = byHgnc;
    }

    public static GeneIndex load(Graph graph) {
        Map<String, List<GeneResolver.Hit>> hits = new HashMap<>(300_000);
        Map<String, Gene> byHgnc = new HashMap<>(60_000);
        graph.readListLarge("query/all-genes", Map.of(), r -> Gene.from(r.get("gene").asMap())).forEach(g -> {
            byHgnc.put(g.hgncId(), g);
            add(hits, GeneResolver.key(g.symbol()), "symbol", g);
            add(hits, GeneResolver.key(g.hgncId()), "hgnc", g);
            if (g.entrezId() != null) {
                add(hits, g.entrezId(), "entrez", g);
            }
            if (g.ensemblId() != null) {
                add(hits, GeneResolver.key(g.ensemblId()), "ensembl", g);
            }
        });
        graph.readListLarge("query/all-gene-keys", Map.of(), r -> new Object[] {r.get("key").asString(),
                r.get("kind").asString(), r.get("hgncId").asString()}).forEach(a -> {
            Gene g = byHgnc.get((String) a[2]);
            if (g != null) {
                add(hits, (String) a[0], (String) a[1], g);
            }
        });
        return new GeneIndex(hits, byHgnc);
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
