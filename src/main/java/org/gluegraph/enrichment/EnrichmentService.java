package org.gluegraph.enrichment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.contrast.ExpressionLookup;
import org.gluegraph.enrichment.internal.GeneSet;
import org.gluegraph.enrichment.internal.GeneSetSnapshot;
import org.gluegraph.enrichment.internal.OverRepresentation;
import org.gluegraph.enrichment.internal.PreRankedGsea;
import org.gluegraph.gene.Gene;
import org.gluegraph.gene.GeneIndex;
import org.gluegraph.gene.GeneResolution;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphCaches;
import org.gluegraph.graph.GraphVersion;
import org.gluegraph.pathway.Pathway;
import org.gluegraph.pathway.PathwayService;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.web.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Enrichment over the pathway collections in the graph. The gene sets are read once into a
 * {@link GeneSetSnapshot} (genes numbered by HGNC id) and read again only when the collections change (checked
 * after each write to the graph); identifiers resolve through the in-memory gene index. No Cypher runs per set.
 */
@Service
public class EnrichmentService {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentService.class);
    static final int CACHED_INPUT = 2_000;

    private final Graph graph;
    private final GeneResolver resolver;
    private final ExpressionLookup expression;
    private final int maxResults;
    private volatile Loaded loaded;

    private record Loaded(long genes, long geneSets, GeneSetSnapshot snapshot) {
    }

    public EnrichmentService(Graph graph, GeneResolver resolver, ExpressionLookup expression,
            Limits limits) {
        this.graph = graph;
        this.resolver = resolver;
        this.expression = expression;
        this.maxResults = limits.maxPageSize();
    }

    /**
     * The current snapshot, read again when the graph's gene or gene-set version has changed (by any process's
     * write), so every replica enriches against the same collections within the version poll interval.
     */
    public synchronized GeneSetSnapshot snapshot() {
        GraphVersion version = graph.version();
        Loaded l = loaded;
        if (l != null && l.geneSets() == version.geneSets() && l.genes() == version.genes()) {
            return l.snapshot();
        }
        long t0 = System.nanoTime();
        GeneSetSnapshot.Builder b = GeneSetSnapshot.builder();
        graph.readList("query/collections-versions", Map.of(), r -> b.collection(r.get("name").asString(),
                r.get("version").asString(null)));
        graph.readListLarge("query/gene-set-memberships", Map.of(), r -> b.set(r.get("id").asString(),
                r.get("name").asString(""), r.get("collection").asString(), r.get("members").asList(v -> v.asString())));
        GeneSetSnapshot snap = b.build();
        loaded = new Loaded(version.genes(), version.geneSets(), snap);
        log.info("Gene-set snapshot: {} ({} ms)", snap, (System.nanoTime() - t0) / 1_000_000);
        return snap;
    }

    /**
     * Identical requests (the same inputs, at the same graph version) are answered from the cache: the same
     * enrichment asked under 500 aliases, or by many clients of one page, is computed once. Requests that carry more
     * than {@link #CACHED_INPUT} identifiers are not kept (their keys alone would fill the cache).
     */
    @Cacheable(cacheNames = "enrichment", keyGenerator = GraphCaches.PUBLISHED, sync = true,
            condition = "#p0 != null && #p0.inputSize() <= " + CACHED_INPUT)
    public EnrichmentAnswer enrich(EnrichmentRequest in) {
        String method = in.method() == null ? "ORA" : in.method();
        GeneSetSnapshot snap = snapshot();
        List<String> collections = collections(in.collections(), snap);
        int minSize = in.minSize() == null ? 5 : in.minSize();
        int maxSize = in.maxSize() == null ? 500 : in.maxSize();
        if (minSize < 1 || maxSize < minSize) {
            throw new BadInputException("input.minSize/maxSize: expected 1 <= minSize <= maxSize, got " + minSize
                    + " and " + maxSize);
        }
        int first = in.first() == null ? 50 : in.first();
        if (first < 1 || first > maxResults) {
            throw new BadInputException("input.first: expected 1 to " + maxResults + ", got " + first);
        }
        List<GeneSet> sets = snap.sets(collections);
        List<EnrichmentAnswer.CollectionVersion> versions = collections.stream()
                .map(c -> new EnrichmentAnswer.CollectionVersion(c, snap.collectionVersions().get(c))).toList();
        GeneIndex genes = resolver.index();
        List<String> unmatched = new ArrayList<>();
        List<GeneResolution.AmbiguousTerm> ambiguous = new ArrayList<>();
        String contrastId = in.contrast() == null ? null : expression.contrastId(in.contrast(), "input.contrast");
        List<String[]> contrastRows = contrastId == null ? List.of() : graph.readListLarge("query/contrast-all-results",
                Map.of("id", contrastId), r -> new String[] {r.get("hgncId").asString(),
                        str(r.get("log2FoldChange")), str(r.get("stat")), str(r.get("padj"))});

        if (method.equals("ORA")) {
            BitSet universe = new BitSet();
            if (in.universe() != null && !in.universe().isEmpty()) {
                ResolvedUniverse u = universe(snap, genes, in.universe());
                universe.or(u.bits());
                unmatched.addAll(u.unmatched());
                ambiguous.addAll(u.ambiguous());
            } else if (contrastId != null) {
                contrastRows.stream().filter(r -> r[3] != null).forEach(r -> set(snap, universe, r[0]));
            } else {
                universe.or(GeneSetSnapshot.membersOf(sets));
            }
            List<String> queryIds;
            if (in.genes() != null && !in.genes().isEmpty()) {
                queryIds = resolve(genes, in.genes(), "input.genes", unmatched, ambiguous);
            } else if (contrastId != null) {
                queryIds = significant(contrastRows, in);
            } else {
                throw new BadInputException("input: give genes, or a contrast whose significant genes form the query");
            }
            if (queryIds.isEmpty()) {
                throw new BadInputException(contrastId != null && (in.genes() == null || in.genes().isEmpty())
                        ? "input.contrast: no gene has padj < " + padj(in) + " in direction " + direction(in)
                        : "input.genes: none of the identifiers names a known gene (see unmatched/ambiguous)");
            }
            BitSet query = new BitSet();
            List<String> outside = new ArrayList<>();
            for (String id : new java.util.LinkedHashSet<>(queryIds)) {
                int i = snap.indexOf(id);
                if (i >= 0 && universe.get(i)) {
                    query.set(i);
                } else {
                    Gene g = genes.byHgncId(id);
                    outside.add(g == null ? id : g.symbol());
                }
            }
            if (universe.cardinality() < new java.util.HashSet<>(queryIds).size()) {
                throw new BadInputException("input.universe: " + universe.cardinality() + " genes with gene sets, "
                        + "fewer than the " + new java.util.HashSet<>(queryIds).size() + " query genes");
            }
            if (query.isEmpty()) {
                throw new BadInputException("input.genes: none of the query genes is in the universe ("
                        + universe.cardinality() + " genes)");
            }
            OverRepresentation.Outcome o = OverRepresentation.run(sets, query, universe, minSize, maxSize);
            List<EnrichmentAnswer.PathwayEnrichment> results = o.results().stream().limit(first)
                    .map(r -> new EnrichmentAnswer.PathwayEnrichment(pathway(snap, r.set()), r.setSize(), r.overlap(),
                            r.expected(), r.foldEnrichment(), r.pValue(), r.padj(), genes(snap, genes, r.overlapGenes()),
                            null, null, null, null)).toList();
            return new EnrichmentAnswer("ORA", o.querySize(), o.universeSize(), o.setsTested(), unmatched, ambiguous,
                    outside, versions, results);
        }
        if (!method.equals("GSEA")) {
            throw new BadInputException("input.method: expected ORA or GSEA, got " + method);
        }
        Map<String, Double> scoreOf = new LinkedHashMap<>();
        if (in.ranked() != null && !in.ranked().isEmpty()) {
            List<String> terms = in.ranked().stream().map(EnrichmentRequest.RankedGene::gene).toList();
            GeneResolution res = genes.resolve(terms, "input.ranked");
            unmatched.addAll(res.unmatched());
            ambiguous.addAll(res.ambiguous());
            Map<String, Double> byTerm = new LinkedHashMap<>();
            in.ranked().forEach(r -> byTerm.putIfAbsent(r.gene(), r.score()));
            for (GeneResolution.GeneMatch m : res.matches()) {
                if (scoreOf.putIfAbsent(m.gene().hgncId(), byTerm.get(m.term())) != null) {
                    throw new BadInputException("input.ranked: gene " + m.gene().symbol() + " is ranked twice");
                }
            }
        } else if (contrastId != null) {
            contrastRows.stream().filter(r -> r[2] != null).forEach(r -> scoreOf.put(r[0], Double.parseDouble(r[2])));
        } else {
            throw new BadInputException("input: GSEA needs ranked genes or a contrast (ranked by its Wald statistic)");
        }
        List<Map.Entry<String, Double>> order = new ArrayList<>(scoreOf.entrySet());
        order.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int[] ranked = new int[order.size()];
        double[] scores = new double[order.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : order) {
            int i = snap.indexOf(e.getKey());
            if (i < 0) {
                continue; // in no gene set: it still shapes nothing in the walk of any set, so it is left out
            }
            ranked[k] = i;
            scores[k++] = e.getValue();
        }
        ranked = java.util.Arrays.copyOf(ranked, k);
        scores = java.util.Arrays.copyOf(scores, k);
        int permutations = in.permutations() == null ? 10_000 : in.permutations();
        long seed = in.seed() == null ? 42 : in.seed();
        PreRankedGsea.Outcome o = PreRankedGsea.run(sets, ranked, scores, minSize, maxSize, permutations, seed,
                Runtime.getRuntime().availableProcessors());
        List<EnrichmentAnswer.PathwayEnrichment> results = o.results().stream().limit(first)
                .map(r -> new EnrichmentAnswer.PathwayEnrichment(pathway(snap, r.set()), r.setSize(), r.leadingEdge().length,
                        0, null, r.pValue(), r.padj(), genes(snap, genes, r.leadingEdge()), r.enrichmentScore(),
                        Double.isNaN(r.nes()) ? null : r.nes(),
                        java.util.Arrays.stream(r.hitPositions()).map(x -> x + 1).boxed().toList(),
                        java.util.Arrays.stream(r.runningAtHits()).boxed().toList())).toList();
        return new EnrichmentAnswer("GSEA", scoreOf.size(), o.rankedGenes(), o.setsTested(), unmatched, ambiguous,
                List.of(), versions, results);
    }

    private static String str(org.neo4j.driver.Value v) {
        return v == null || v.isNull() ? null : Double.toString(v.asDouble());
    }

    private static double padj(EnrichmentRequest in) {
        return in.padjBelow() == null ? 0.05 : in.padjBelow();
    }

    private static String direction(EnrichmentRequest in) {
        return in.direction() == null ? "ANY" : in.direction();
    }

    private static List<String> significant(List<String[]> rows, EnrichmentRequest in) {
        double alpha = padj(in);
        if (!(alpha > 0 && alpha <= 1)) {
            throw new BadInputException("input.padjBelow: expected a number in (0, 1], got " + alpha);
        }
        String dir = direction(in);
        return rows.stream().filter(r -> r[3] != null && Double.parseDouble(r[3]) < alpha && r[1] != null)
                .filter(r -> switch (dir) {
                    case "UP" -> Double.parseDouble(r[1]) > 0;
                    case "DOWN" -> Double.parseDouble(r[1]) < 0;
                    default -> true;
                }).map(r -> r[0]).toList();
    }

    /** An explicit universe, resolved against one snapshot and one identifier index. */
    private record ResolvedUniverse(GeneSetSnapshot snap, GeneIndex index, BitSet bits, List<String> unmatched,
            List<GeneResolution.AmbiguousTerm> ambiguous) {
    }

    /**
     * Clients send the same background with every query, and resolving 20,000 identifiers costs more than the
     * tests; the last few universes are kept, valid while the snapshot and the identifier index are the same.
     */
    private final com.github.benmanes.caffeine.cache.Cache<List<String>, ResolvedUniverse> universes =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(4).build();

    private ResolvedUniverse universe(GeneSetSnapshot snap, GeneIndex genes, List<String> terms) {
        ResolvedUniverse known = universes.getIfPresent(terms);
        if (known != null && known.snap() == snap && known.index() == genes) {
            return known;
        }
        List<String> unmatched = new ArrayList<>();
        List<GeneResolution.AmbiguousTerm> ambiguous = new ArrayList<>();
        BitSet bits = new BitSet();
        resolve(genes, terms, "input.universe", unmatched, ambiguous).forEach(h -> set(snap, bits, h));
        ResolvedUniverse r = new ResolvedUniverse(snap, genes, bits, List.copyOf(unmatched), List.copyOf(ambiguous));
        universes.put(List.copyOf(terms), r);
        return r;
    }

    private static List<String> resolve(GeneIndex genes, List<String> terms, String field, List<String> unmatched,
            List<GeneResolution.AmbiguousTerm> ambiguous) {
        GeneResolution r = genes.resolve(terms, field);
        unmatched.addAll(r.unmatched());
        ambiguous.addAll(r.ambiguous());
        return r.matches().stream().map(m -> m.gene().hgncId()).toList();
    }

    private static void set(GeneSetSnapshot snap, BitSet bits, String hgncId) {
        int i = snap.indexOf(hgncId);
        if (i >= 0) {
            bits.set(i);
        }
    }

    private static List<Gene> genes(GeneSetSnapshot snap, GeneIndex index, int[] members) {
        List<Gene> out = new ArrayList<>(members.length);
        for (int m : members) {
            Gene g = index.byHgncId(snap.genes().get(m));
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    private static Pathway pathway(GeneSetSnapshot snap, GeneSet s) {
        return new Pathway(s.id(), s.name(), s.collection(), snap.collectionVersions().get(s.collection()),
                s.members().length);
    }

    /** The built-in collections by default; any collection of the snapshot (built-in or uploaded) when named. */
    private static List<String> collections(List<String> given, GeneSetSnapshot snap) {
        if (given == null || given.isEmpty()) {
            return List.of("REACTOME", "HALLMARK", "WIKIPATHWAYS");
        }
        java.util.Set<String> known = new java.util.TreeSet<>(PathwayService.COLLECTIONS);
        known.addAll(snap.collectionVersions().keySet());
        return given.stream().map(c -> PathwayService.checkCollection(c, "input.collections", known)).distinct().toList();
    }
}
