package org.gluegraph.mechanism;

import org.gluegraph.curation.Nodes;

import org.gluegraph.curation.ClaimReader;
import org.gluegraph.curation.Relation;
import org.gluegraph.drug.Drug;
import org.gluegraph.drug.DrugService;
import org.gluegraph.gene.Gene;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.shared.BadInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.contrast.ExpressionLookup;
import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.web.Limits;
import org.gluegraph.graph.GraphCaches;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * How a drug acts: signed paths through curated relations, and the genes whose level goes with resistance,
 * each optionally checked against a stored contrast.
 */
@Service
public class MechanismService {

    /** The significance level at which observed expression counts as agreeing or disagreeing. */
    static final double ALPHA = 0.05;
    private static final int MAX_PATHS = 1000;

    private final Graph graph;
    private final DrugService drugs;
    private final GeneResolver genes;
    private final ClaimReader claims;
    private final ExpressionLookup expression;
    private final int maxHops;

    public MechanismService(Graph graph, DrugService drugs, GeneResolver genes, ClaimReader claims,
                            ExpressionLookup expression, Limits limits) {
        this.graph = graph;
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
    @Cacheable(cacheNames = "mechanism", keyGenerator = GraphCaches.VERSIONED, sync = true)
    public List<MechanismPath> mechanism(String drugTerm, String targetTerm, int hops, String contrast,
                                         boolean includeUnreviewed) {
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
            out.add(new MechanismPath(p.nodes(), rels, sign, obs, consistent(sign, obs)));
        }
        return out;
    }

    @Cacheable(cacheNames = "resistance", keyGenerator = GraphCaches.VERSIONED, sync = true)
    public List<ResistanceFinding> resistance(String drugTerm, String contrast, boolean includeUnreviewed) {
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
            return new ResistanceFinding(g, direction, r, obs, consistent(direction.equals("HIGH") ? 1 : -1, obs));
        }).toList();
    }

    /** Null without data (or an unsigned prediction); otherwise whether the gene moved as predicted at padj < 0.05. */
    static Boolean consistent(int predicted, ExpressionResult observed) {
        if (observed == null || predicted == 0 || observed.padj() == null) {
            return null;
        }
        return observed.significantDirection(ALPHA) == predicted;
    }

    private record RawPath(List<Object> nodes, List<String> claimIds) {
    }
}
