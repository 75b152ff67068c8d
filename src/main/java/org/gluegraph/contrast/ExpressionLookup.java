package org.gluegraph.contrast;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.gene.Gene;
import org.gluegraph.graph.Graph;
import org.gluegraph.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** Stored expression results of a contrast, for the genes a mechanism or resistance answer shows. */
@Service
public class ExpressionLookup {

    private final Graph graph;

    public ExpressionLookup(Graph graph) {
        this.graph = graph;
    }

    /** The contrast's id for an id or a name; NOT_FOUND when there is none. */
    public String contrastId(String idOrName, String field) {
        List<String> ids = graph.readList("query/contrast-id", Map.of("key", idOrName.trim()), r -> r.get("id").asString());
        if (ids.isEmpty()) {
            throw new NotFoundException(field + ": no contrast has the id or name '" + idOrName + "' (see the contrasts query)");
        }
        return ids.get(0);
    }

    /** Results by HGNC id; genes the contrast did not measure are absent. */
    public Map<String, ExpressionResult> forGenes(String contrastId, Collection<String> hgncIds) {
        Map<String, ExpressionResult> out = new HashMap<>();
        graph.readList("query/expression-for-genes", Map.of("contrastId", contrastId, "ids", List.copyOf(hgncIds)), r -> {
            Gene g = Gene.from(r.get("gene").asMap());
            return ExpressionResult.from(g, contrastId, r.get("result").asMap());
        }).forEach(e -> out.put(e.gene().hgncId(), e));
        return out;
    }
}
