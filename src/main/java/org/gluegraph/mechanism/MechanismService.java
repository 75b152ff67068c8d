package org.gluegraph.mechanism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.contrast.ExpressionLookup;
import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.curation.ClaimReader;
import org.gluegraph.curation.Nodes;
import org.gluegraph.curation.Relation;
import org.gluegraph.drug.Drug;
import org.gluegraph.drug.DrugService;
import org.gluegraph.gene.Gene;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphCaches;
import org.gluegraph.knowledge.Interaction;
import org.gluegraph.knowledge.KnowledgeService;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.web.Limits;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * How a drug acts: signed paths through curated relations, and the genes whose level goes with resistance,
 * each optionally checked against a stored contrast.
 */
@Service
public class MechanismService {

    private static final int MAX_PATHS = 1000;
    /**
     * Paths to a target through imported edges: the shortest 100 (mechanism-sources-to-target's SHORTEST 100; 1,000
     * took 7-11 s for lenalidomide to MYC at 4 hops through Hetionet on the shared machine, 100 took 0.1-0.6 s).
     */
    private static final int MAX_PATHS_TO_TARGET = 100;

    private final Graph graph;
    private final DrugService drugs;
    private final GeneResolver genes;
    private final ClaimReader claims;
    private final ExpressionLookup expression;
    private final int maxHops;
    private final KnowledgeService knowledge;

    public MechanismService(Graph graph, DrugService drugs, GeneResolver genes, ClaimReader claims,
                            ExpressionLookup expression, Limits limits, KnowledgeService knowledge) {
        this.graph = graph;
        this.knowledge = knowledge;
        this.drugs = drugs;
        this.genes = genes;
        this.claims = claims;
        this.expression = expression;
        this.maxHops = limits.maxHops();
    }

    /**
     * Answers are cached until the next write to the graph (the curated graph changes rarely, is read often); after
     * a write, one of the readers asking the same computes it and the others wait for its answer ({@code sync}).
     */
    @Cacheable(cacheNames = "mechanism", keyGenerator = GraphCaches.PUBLISHED, sync = true)
    public List<MechanismPath> mechanism(String drugTerm, String targetTerm, int hops, String contrast,
                                         @GraphCaches.Unreviewed boolean includeUnreviewed) {
        if (hops < 1 || hops > maxHops) {
            throw new BadInputException("maxHops: expected 1 to " + maxHops + ", got " + hops);
        }
        Drug drug = drugs.require(drugTerm, "drug");
        Gene target = targetTerm == null ? null : genes.require(targetTerm, "target");
        String contrastId = contrast == null ? null : expression.contrastId(contrast, "contrast");

        Map<String, Object> params = new HashMap<>();
        params.put("drugId", drug.id());
        params.put("targetId", target == null ? null : target.hgncId());
        params.put("maxHops", hops);
        params.put("limit", MAX_PATHS);
        List<RawPath> raw = graph.readList(includeUnreviewed ? "query/mechanism-all" : "query/mechanism-accepted", params,
                r -> new RawPath(r.get("nodes").asList(v -> Nodes.node(v.asMap())), r.get("claimIds").asList(v -> v.asString())));

        Set<String> claimIds = new LinkedHashSet<>();
        raw.forEach(p -> claimIds.addAll(p.claimIds()));
        Map<String, Relation> relations = claims.relations(List.copyOf(claimIds));
        Map<String, ExpressionResult> observed = contrastId == null ? Map.of()
                : expression.forGenes(contrastId, raw.stream().map(p -> Nodes.id(p.nodes().get(p.nodes().size() - 1))).toList());

        List<MechanismPath> out = new ArrayList<>(raw.size());
        for (RawPath p : raw) {
            List<Relation> rels = p.claimIds().stream().map(relations::get).toList();
            int sign = rels.stream().mapToInt(Relation::sign).reduce(1, (a, b) -> a * b);
            ExpressionResult obs = observed.get(Nodes.id(p.nodes().get(p.nodes().size() - 1)));
            ExpressionCheck check = contrastId == null ? null : ExpressionCheck.of(
                    rels.get(rels.size() - 1).transcriptLevel(), sign, obs, ExpressionCheck.DEFAULT_PADJ);
            out.add(new MechanismPath(p.nodes(), rels, sign, obs, check, curatedEdges(p.nodes(), rels)));
        }
        return out;
    }

    /**
     * As {@link #mechanism(String, String, int, String, boolean)}, through the edges of the given sources (CURATED:
     * the accepted claims; HETIONET, DRUGCENTRAL, ...: imported edges). Curated only (the default) is the method
     * above; with imported sources the curated edges are the accepted ones, and the shortest paths come first (at most
     * 1,000 paths: to a target, the 100 shortest, found from both ends; without one, every path of one edge, then of
     * two, ... until 1,000).
     */
    @Cacheable(cacheNames = "mechanism", keyGenerator = GraphCaches.PUBLISHED, sync = true)
    public List<MechanismPath> mechanism(String drugTerm, String targetTerm, int hops, String contrast,
                                         @GraphCaches.Unreviewed boolean includeUnreviewed, List<String> sources) {
        List<String> chosen = knowledge.checkSources(sources, "sources", List.of(KnowledgeService.CURATED));
        if (chosen.equals(List.of(KnowledgeService.CURATED))) {
            return mechanism(drugTerm, targetTerm, hops, contrast, includeUnreviewed);
        }
        if (includeUnreviewed) {
            throw new BadInputException("includeUnreviewed: paths through imported sources follow accepted curated"
                    + " claims only; ask for curated-only paths (sources: [\"CURATED\"]) to see unreviewed ones");
        }
        if (hops < 1 || hops > maxHops) {
            throw new BadInputException("maxHops: expected 1 to " + maxHops + ", got " + hops);
        }
        Drug drug = drugs.require(drugTerm, "drug");
        Gene target = targetTerm == null ? null : genes.require(targetTerm, "target");
        String contrastId = contrast == null ? null : expression.contrastId(contrast, "contrast");
        List<RawPath> raw = new ArrayList<>();
        List<List<Map<String, Object>>> rawEdges = new ArrayList<>();
        // to a target: one search for the shortest paths from both ends (bounded by the paths kept); without one,
        // each length in turn until the path limit (a search from the drug that stops at the limit)
        boolean toTarget = target != null;
        int maxPaths = toTarget ? MAX_PATHS_TO_TARGET : MAX_PATHS;
        for (int h = toTarget ? hops : 1; h <= hops && raw.size() < maxPaths; h++) {
            Map<String, Object> params = new HashMap<>();
            params.put("drugId", drug.id());
            params.put("targetId", target == null ? null : target.hgncId());
            params.put("hops", h);
            params.put("limit", maxPaths - raw.size());
            params.put("runs", knowledge.runs(chosen));
            params.put("symmetric", List.copyOf(KnowledgeService.SYMMETRIC));
            String query = toTarget ? "mechanism/mechanism-sources-to-target" : "mechanism/mechanism-sources";
            List<Object[]> found = new ArrayList<>(graph.readList(query, params, r -> {
                List<Map<String, Object>> edges = new ArrayList<>();
                List<Boolean> forward = r.get("forward").asList(v -> v.asBoolean());
                List<Map<String, Object>> stored = r.get("edges").asList(v -> v.asMap());
                for (int i = 0; i < stored.size(); i++) {
                    Map<String, Object> e = new HashMap<>(stored.get(i));
                    e.put("forward", forward.get(i));
                    edges.add(e);
                }
                return new Object[] {r.get("nodes").asList(v -> Nodes.node(v.asMap())), edges};
            }));
            // shortest first, then by the names along the path (as the curated query orders them)
            found.sort(java.util.Comparator.comparingInt((Object[] a) -> ((List<?>) a[0]).size())
                    .thenComparing(a -> names((List<?>) a[0])));
            for (Object[] f : found) {
                @SuppressWarnings("unchecked")
                List<Object> nodes = (List<Object>) f[0];
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> edges = (List<Map<String, Object>>) f[1];
                List<String> claimIds = edges.stream().map(e -> (String) e.get("claimId"))
                        .filter(java.util.Objects::nonNull).toList();
                raw.add(new RawPath(nodes, claimIds));
                rawEdges.add(edges);
            }
        }
        Set<String> claimIds = new LinkedHashSet<>();
        raw.forEach(p -> claimIds.addAll(p.claimIds()));
        Map<String, Relation> relations = claims.relations(List.copyOf(claimIds));
        Map<String, ExpressionResult> observed = contrastId == null ? Map.of()
                : expression.forGenes(contrastId, raw.stream().map(p -> Nodes.id(p.nodes().get(p.nodes().size() - 1))).toList());
        List<MechanismPath> out = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            RawPath p = raw.get(k);
            List<Relation> rels = p.claimIds().stream().map(relations::get).toList();
            List<Interaction> edges = new ArrayList<>();
            int sign = 1;
            for (int i = 0; i < rawEdges.get(k).size(); i++) {
                Map<String, Object> e = rawEdges.get(k).get(i);
                Object partner = p.nodes().get(i + 1);
                Interaction edge = e.get("claimId") != null
                        ? curatedEdge(relations.get((String) e.get("claimId")), partner)
                        : KnowledgeService.importedEdge(e, partner, Boolean.TRUE.equals(e.get("forward")));
                sign *= edge.sign() == null ? 0 : edge.sign();
                edges.add(edge);
            }
            ExpressionResult obs = observed.get(Nodes.id(p.nodes().get(p.nodes().size() - 1)));
            // only a curated claim states its level: a path whose last edge is imported predicts nothing testable
            Map<String, Object> lastEdge = rawEdges.get(k).get(rawEdges.get(k).size() - 1);
            boolean transcript = lastEdge.get("claimId") != null
                    && relations.get((String) lastEdge.get("claimId")).transcriptLevel();
            ExpressionCheck check = contrastId == null ? null
                    : ExpressionCheck.of(transcript, sign, obs, ExpressionCheck.DEFAULT_PADJ);
            out.add(new MechanismPath(p.nodes(), rels, sign, obs, check, edges));
        }
        return out;
    }

    private static String names(List<?> nodes) {
        StringBuilder b = new StringBuilder();
        for (Object n : nodes) {
            b.append(n instanceof Drug d ? d.name() : ((Gene) n).symbol()).append('\u0000');
        }
        return b.toString();
    }

    /** The curated edges of a curated-only path, as the {@code edges} every path lists. */
    private static List<Interaction> curatedEdges(List<Object> nodes, List<Relation> rels) {
        List<Interaction> out = new ArrayList<>(rels.size());
        for (int i = 0; i < rels.size(); i++) {
            out.add(curatedEdge(rels.get(i), nodes.get(i + 1)));
        }
        return out;
    }

    private static Interaction curatedEdge(Relation r, Object partner) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("claimId", r.claimId());
        props.put("level", r.level().name());
        if (r.context() != null) {
            props.put("context", r.context());
        }
        props.put("status", r.status().name());
        return new Interaction(r.predicate(), r.sign(), KnowledgeService.CURATED, null, null, partner, props, true, true);
    }

    @Cacheable(cacheNames = "resistance", keyGenerator = GraphCaches.PUBLISHED, sync = true)
    public List<ResistanceFinding> resistance(String drugTerm, String contrast,
                                              @GraphCaches.Unreviewed boolean includeUnreviewed) {
        Drug drug = drugs.require(drugTerm, "drug");
        String contrastId = contrast == null ? null : expression.contrastId(contrast, "contrast");
        List<String> ids = graph.readList("query/resistance",
                Map.of("drugId", drug.id(), "includeUnreviewed", includeUnreviewed), r -> r.get("claimId").asString());
        List<Relation> rels = claims.relationsInOrder(ids);
        Map<String, ExpressionResult> observed = contrastId == null ? Map.of()
                : expression.forGenes(contrastId, rels.stream().map(r -> ((Gene) r.source()).hgncId()).toList());
        return rels.stream().map(r -> {
            Gene g = (Gene) r.source();
            String direction = r.predicate().endsWith("HIGH") ? "HIGH" : "LOW";
            ExpressionResult obs = observed.get(g.hgncId());
            ExpressionCheck check = contrastId == null ? null : ExpressionCheck.of(r.transcriptLevel(),
                    direction.equals("HIGH") ? 1 : -1, obs, ExpressionCheck.DEFAULT_PADJ);
            return new ResistanceFinding(g, direction, r, obs, check);
        }).toList();
    }


    private record RawPath(List<Object> nodes, List<String> claimIds) {
    }
}
