package org.gluegraph.mechanism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gluegraph.contrast.ExpressionLookup;
import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.curation.ClaimReader;
import org.gluegraph.curation.Evidence;
import org.gluegraph.curation.Nodes;
import org.gluegraph.curation.Relation;
import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;
import org.gluegraph.gene.GeneResolution;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.knowledge.Interaction;
import org.gluegraph.knowledge.KnowledgeService;
import org.gluegraph.pathway.Pathway;
import org.gluegraph.pathway.PathwayService;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Connection;
import org.gluegraph.shared.NotFoundException;
import org.gluegraph.shared.Page;
import org.springframework.stereotype.Service;

/**
 * Drawable subgraphs: a drug's mechanism, a pathway's members, or a gene list, with their curated edges and, when
 * asked for ({@code sources}), imported ones; every edge says which it is.
 */
@Service
public class GraphViewService {

    static final int MAX_NODES = 500;

    private final MechanismService mechanisms;
    private final PathwayService pathways;
    private final GeneResolver genes;
    private final ClaimReader claims;
    private final ExpressionLookup expression;
    private final Graph graph;
    private final KnowledgeService knowledge;

    public GraphViewService(MechanismService mechanisms, PathwayService pathways, GeneResolver genes,
                            ClaimReader claims, ExpressionLookup expression, Graph graph, KnowledgeService knowledge) {
        this.knowledge = knowledge;
        this.mechanisms = mechanisms;
        this.pathways = pathways;
        this.genes = genes;
        this.claims = claims;
        this.expression = expression;
        this.graph = graph;
    }

    public GraphView view(GraphView.Input in) {
        int starts = (in.drug() != null ? 1 : 0) + (in.pathway() != null ? 1 : 0) + (in.genes() != null ? 1 : 0);
        if (starts != 1) {
            throw new BadInputException("input: give exactly one of drug, pathway or genes (got " + starts + ")");
        }
        boolean unreviewed = Boolean.TRUE.equals(in.includeUnreviewed());
        int hops = in.maxHops() == null ? 3 : in.maxHops();
        Map<String, Object> nodes = new LinkedHashMap<>();
        Map<String, Relation> edges = new LinkedHashMap<>();
        Map<String, GraphView.ViewEdge> imported = new LinkedHashMap<>();
        List<String> sources = knowledge.checkSources(in.sources(), "input.sources", List.of(KnowledgeService.CURATED));
        List<String> importedSources = sources.stream().filter(s -> !s.equals(KnowledgeService.CURATED)).toList();
        if (in.drug() != null) {
            for (MechanismPath p : mechanisms.mechanism(in.drug(), null, hops, null, unreviewed, sources)) {
                p.nodes().forEach(n -> nodes.putIfAbsent(Nodes.id(n), n));
                p.relations().forEach(r -> edges.putIfAbsent(r.claimId(), r));
                for (int i = 0; i < p.edges().size(); i++) {
                    Interaction e = p.edges().get(i);
                    if (!e.curated()) {
                        String a = Nodes.id(p.nodes().get(i));
                        String b = Nodes.id(p.nodes().get(i + 1));
                        importedEdge(imported, e.outgoing() ? a : b, e.outgoing() ? b : a, e.source(), e.predicate(),
                                e.sign());
                    }
                }
                if (nodes.size() > MAX_NODES) {
                    throw new BadInputException("input: the view would have more than " + MAX_NODES + " nodes; lower"
                            + " maxHops or ask for fewer sources");
                }
            }
            if (sources.contains(KnowledgeService.CURATED)) {
                for (ResistanceFinding f : mechanisms.resistance(in.drug(), null, unreviewed)) {
                    nodes.putIfAbsent(Nodes.id(f.relation().target()), f.relation().target());
                    nodes.putIfAbsent(f.gene().hgncId(), f.gene());
                    edges.putIfAbsent(f.relation().claimId(), f.relation());
                }
            }
        } else {
            List<Gene> start = in.pathway() != null ? pathwayGenes(in.pathway()) : listedGenes(in.genes());
            start.forEach(g -> nodes.put(g.hgncId(), g));
            List<String> touching = graph.readList("query/claims-touching",
                    Map.of("ids", List.copyOf(nodes.keySet()), "includeUnreviewed", unreviewed), r -> r.get("claimId").asString());
            if (sources.contains(KnowledgeService.CURATED)) {
                for (Relation r : claims.relationsInOrder(touching)) {
                    String s = Nodes.id(r.source());
                    String t = Nodes.id(r.target());
                    boolean inside = nodes.containsKey(s) && nodes.containsKey(t);
                    boolean toDrug = r.source() instanceof Drug || r.target() instanceof Drug;
                    if (inside || toDrug) {
                        nodes.putIfAbsent(s, r.source());
                        nodes.putIfAbsent(t, r.target());
                        edges.putIfAbsent(r.claimId(), r);
                    }
                }
            }
            if (!importedSources.isEmpty()) {
                // imported edges join nodes already in the view (a gene list would otherwise draw hundreds of drugs)
                graph.readList("mechanism/view-imported-edges", Map.of("ids", List.copyOf(nodes.keySet()),
                        "runs", knowledge.runs(importedSources)), r -> r).forEach(r -> {
                            var e = r.get("edge").asMap();
                            importedEdge(imported, r.get("source").asString(), r.get("target").asString(),
                                    (String) e.get("source"), (String) e.get("predicate"),
                                    e.get("sign") == null ? null : ((Number) e.get("sign")).intValue());
                        });
            }
        }
        return build(nodes, edges, imported, in.contrast());
    }

    /** One view edge per source, direction and predicate between two nodes (a view draws a pair once). */
    private static void importedEdge(Map<String, GraphView.ViewEdge> out, String from, String to, String source,
            String predicate, Integer sign) {
        String id = source + ":" + from + "-" + predicate + "-" + to;
        out.putIfAbsent(id, new GraphView.ViewEdge(id, from, to, predicate, sign == null ? 0 : sign, 0, List.of(),
                List.of(), false, source));
    }

    private List<Gene> pathwayGenes(String id) {
        Pathway p = pathways.byId(id);
        if (p == null) {
            throw new NotFoundException("input.pathway: no pathway has the id '" + id + "'");
        }
        if (p.size() > MAX_NODES) {
            throw new BadInputException("input.pathway: " + id + " has " + p.size() + " genes; views are limited to "
                    + MAX_NODES + " nodes (pick a smaller pathway or a gene list)");
        }
        return pathways.genes(id, new Page(0, MAX_NODES)).edges().stream().map(Connection.Edge::node).toList();
    }

    private List<Gene> listedGenes(List<String> terms) {
        if (terms.isEmpty() || terms.size() > MAX_NODES) {
            throw new BadInputException("input.genes: expected 1 to " + MAX_NODES + " identifiers, got " + terms.size());
        }
        GeneResolution r = genes.resolve(terms);
        if (!r.unmatched().isEmpty() || !r.ambiguous().isEmpty()) {
            throw new BadInputException("input.genes: unknown " + r.unmatched() + ", ambiguous "
                    + r.ambiguous().stream().map(GeneResolution.AmbiguousTerm::term).toList()
                    + " (check them with resolveGenes)");
        }
        return r.matches().stream().map(GeneResolution.GeneMatch::gene).toList();
    }

    private GraphView build(Map<String, Object> nodes, Map<String, Relation> edges,
                            Map<String, GraphView.ViewEdge> imported, String contrast) {
        Map<String, ExpressionResult> observed = Map.of();
        if (contrast != null) {
            String contrastId = expression.contrastId(contrast, "input.contrast");
            observed = expression.forGenes(contrastId, nodes.values().stream()
                    .filter(Gene.class::isInstance).map(n -> ((Gene) n).hgncId()).toList());
        }
        Map<String, List<Evidence>> evidence = claims.evidence(List.copyOf(edges.keySet()));
        List<GraphView.ViewNode> viewNodes = new ArrayList<>();
        for (var e : nodes.entrySet()) {
            ExpressionResult obs = observed.get(e.getKey());
            Object n = e.getValue();
            viewNodes.add(new GraphView.ViewNode(e.getKey(), n instanceof Drug d ? d.name() : ((Gene) n).symbol(),
                    n instanceof Drug ? "Drug" : "Gene", obs == null ? null : obs.log2FoldChange(), obs == null ? null : obs.padj()));
        }
        List<GraphView.ViewEdge> viewEdges = new ArrayList<>();
        for (Relation r : edges.values()) {
            List<Evidence> ev = evidence.getOrDefault(r.claimId(), List.of());
            Set<String> pmids = new LinkedHashSet<>();
            ev.stream().map(x -> x.publication().pmid()).filter(Objects::nonNull).forEach(pmids::add);
            Set<String> dois = new LinkedHashSet<>();
            ev.stream().map(x -> x.publication().doi()).filter(Objects::nonNull).forEach(dois::add);
            viewEdges.add(new GraphView.ViewEdge(r.claimId(), Nodes.id(r.source()), Nodes.id(r.target()),
                    r.predicate(), r.sign(), ev.size(), List.copyOf(pmids), List.copyOf(dois), true,
                    KnowledgeService.CURATED));
        }
        viewEdges.addAll(imported.values());
        return new GraphView(viewNodes, viewEdges, cytoscape(viewNodes, viewEdges));
    }

    static Map<String, Object> cytoscape(List<GraphView.ViewNode> nodes, List<GraphView.ViewEdge> edges) {
        List<Map<String, Object>> n = new ArrayList<>();
        for (var v : nodes) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", v.id());
            data.put("label", v.label());
            data.put("kind", v.kind());
            data.put("log2FoldChange", v.log2FoldChange());
            data.put("padj", v.padj());
            n.add(Map.of("group", "nodes", "data", data));
        }
        List<Map<String, Object>> e = new ArrayList<>();
        for (var v : edges) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", v.id());
            data.put("source", v.source());
            data.put("target", v.target());
            data.put("relation", v.relation());
            data.put("sign", v.sign());
            data.put("evidenceCount", v.evidenceCount());
            data.put("pmids", v.pmids());
            data.put("dois", v.dois());
            data.put("curated", v.curated());
            data.put("origin", v.origin());
            e.add(Map.of("group", "edges", "data", data));
        }
        return Map.of("nodes", n, "edges", e);
    }
}
