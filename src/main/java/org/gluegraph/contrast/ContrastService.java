package org.gluegraph.contrast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.gene.Gene;
import org.gluegraph.graph.Graph;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Connection;
import org.gluegraph.shared.Page;
import org.springframework.stereotype.Service;

/** Reading stored contrasts and their per-gene results. */
@Service
public class ContrastService {

    private final Graph graph;
    private final ExpressionLookup lookup;

    public ContrastService(Graph graph, ExpressionLookup lookup) {
        this.graph = graph;
        this.lookup = lookup;
    }

    public List<Contrast> all() {
        return graph.readList("query/contrasts", Map.of(), r -> Contrast.from(r.get("contrast").asMap()));
    }

    public Contrast byIdOrName(String key) {
        return graph.readList("query/contrast-by-key", Map.of("key", key.trim()), r -> Contrast.from(r.get("contrast").asMap()))
                .stream().findFirst().orElse(null);
    }

    public Map<String, Contrast> byIds(List<String> ids) {
        Map<String, Contrast> out = new HashMap<>();
        graph.readList("query/contrasts-by-id", Map.of("ids", ids), r -> Contrast.from(r.get("contrast").asMap()))
                .forEach(c -> out.put(c.id(), c));
        return out;
    }

    public int significant(String contrastId, double padjBelow) {
        checkAlpha(padjBelow, "padjBelow");
        return graph.readList("query/contrast-significant", Map.of("id", contrastId, "alpha", padjBelow),
                r -> r.get("n").asInt()).get(0);
    }

    /** Results ordered by padj (NA last), then gene symbol; optionally only padj below a threshold. */
    public Connection<ExpressionResult> results(String contrastId, Double padjBelow, Page page) {
        if (padjBelow != null) {
            checkAlpha(padjBelow, "padjBelow");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", contrastId);
        params.put("alpha", padjBelow);
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        return graph.read(tx -> {
            var rec = tx.run(graph.cypher("query/contrast-results-page"), params).single();
            return Connection.of(page, rec.get("total").asLong(), rec.get("items").asList(v -> v.asMap()),
                    m -> ExpressionResult.from(Gene.from((Map<String, Object>) m.get("gene")), contrastId,
                            (Map<String, Object>) m.get("result")));
        });
    }

    /** Every contrast's result for one gene, or the one contrast asked for. */
    public List<ExpressionResult> forGene(String hgncId, String contrast) {
        if (contrast != null) {
            String id = lookup.contrastId(contrast, "contrast");
            return lookup.forGenes(id, List.of(hgncId)).values().stream().toList();
        }
        return graph.readList("query/gene-expression", Map.of("hgncId", hgncId), r -> ExpressionResult.from(
                Gene.from(r.get("gene").asMap()), r.get("contrastId").asString(), r.get("result").asMap()));
    }

    /** The events of these contrasts' names, oldest first. */
    public Map<String, List<ContrastEvent>> history(List<String> names) {
        Map<String, List<ContrastEvent>> out = new HashMap<>();
        graph.readList("contrast/contrast-history", Map.of("names", names), r -> Map.entry(r.get("name").asString(),
                ContrastEvent.from(r.get("event").asMap())))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return out;
    }

    static void checkAlpha(double a, String field) {
        if (!(a > 0 && a <= 1)) {
            throw new BadInputException(field + ": expected a number in (0, 1], got " + a);
        }
    }
}
