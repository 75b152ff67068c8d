package org.gluegraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphCaches;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** Claims as relations and their evidence, always fetched for many claims at once. */
@Service
public class ClaimReader {

    private final Graph graph;

    public ClaimReader(Graph graph) {
        this.graph = graph;
    }

    public Map<String, Relation> relations(List<String> claimIds) {
        Map<String, Relation> out = new LinkedHashMap<>();
        graph.readList("query/claims-by-id", Map.of("ids", claimIds),
                        r -> Relation.from(r.get("claim").asMap(), r.get("source").asMap(), r.get("target").asMap()))
                .forEach(rel -> out.put(rel.claimId(), rel));
        return out;
    }

    /** Ordered as asked; ids without a claim are dropped. */
    public List<Relation> relationsInOrder(List<String> claimIds) {
        Map<String, Relation> found = relations(claimIds);
        return claimIds.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Evidence of each claim; the same request (the same response shape) is answered from memory until a write. */
    @Cacheable(cacheNames = "evidence", keyGenerator = GraphCaches.VERSIONED)
    public Map<String, List<Evidence>> evidence(List<String> claimIds) {
        Map<String, List<Evidence>> out = new HashMap<>();
        graph.readList("query/evidence-by-claim", Map.of("ids", claimIds), r -> Map.entry(r.get("id").asString(),
                        new Evidence(Publication.from(r.get("publication").asMap()), r.get("statement").asString(null))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Visible claims in which a gene (HGNC id) or drug (id) takes part. */
    public List<Relation> ofNode(String id, boolean includeUnreviewed) {
        List<String> ids = graph.readList("query/node-claims", Map.of("id", id, "includeUnreviewed", includeUnreviewed),
                r -> r.get("claimId").asString());
        return relationsInOrder(ids);
    }
}
