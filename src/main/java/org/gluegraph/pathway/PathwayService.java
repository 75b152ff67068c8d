package org.gluegraph.pathway;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.gene.Gene;
import org.gluegraph.graph.Graph;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Connection;
import org.gluegraph.shared.Identifiers;
import org.gluegraph.shared.Page;
import org.springframework.stereotype.Service;

/** Pathways of the Reactome, Hallmark and WikiPathways collections and their members. */
@Service
public class PathwayService {

    /** The built-in collections (the seed's); researchers add their own through {@link GeneSetStore}. */
    public static final Set<String> COLLECTIONS = Set.of("REACTOME", "HALLMARK", "WIKIPATHWAYS");
    static final Set<String> BUILT_IN = COLLECTIONS;

    private final Graph graph;

    public PathwayService(Graph graph) {
        this.graph = graph;
    }

    /**
     * The collection named (upper-cased), checked against the collections in the graph: the built-in ones and those
     * researchers uploaded. Null stays null (all collections).
     */
    public String checkCollection(String collection, String field) {
        return checkCollection(collection, field, collections());
    }

    /** The one collection rule: a known name, case-insensitive; an unknown one names the known ones. */
    public static String checkCollection(String collection, String field, java.util.Collection<String> known) {
        if (collection == null) {
            return null;
        }
        String c = collection.trim().toUpperCase(java.util.Locale.ROOT);
        if (!known.contains(c)) {
            throw new BadInputException(field + ": unknown collection '" + collection + "'; expected one of "
                    + String.join(", ", new java.util.TreeSet<>(known)));
        }
        return c;
    }

    /** The names of the collections in the graph (built-in and uploaded). */
    public Set<String> collections() {
        Set<String> out = new java.util.TreeSet<>(COLLECTIONS);
        graph.readList("query/collections-versions", Map.of(), r -> r.get("name").asString()).forEach(out::add);
        return out;
    }

    public Pathway byId(String id) {
        Identifiers.require(id, "id");
        return byIds(List.of(id.trim())).get(id.trim());
    }

    public Map<String, Pathway> byIds(List<String> ids) {
        Map<String, Pathway> out = new LinkedHashMap<>();
        graph.readList("query/pathway-by-id", Map.of("ids", ids), r -> Pathway.from(r.get("pathway").asMap()))
                .forEach(p -> out.put(p.id(), p));
        return out;
    }

    public Connection<Pathway> search(String collection, String text, Page page) {
        Map<String, Object> params = new HashMap<>();
        params.put("collection", checkCollection(collection, "collection"));
        params.put("text", text == null || text.isBlank() ? null : text.trim());
        return page("query/pathways-page", params, page, Pathway::from);
    }

    public Connection<Pathway> ofGene(String hgncId, String collection, Page page) {
        Map<String, Object> params = new HashMap<>();
        params.put("hgncId", hgncId);
        params.put("collection", checkCollection(collection, "collection"));
        return page("query/gene-pathways-page", params, page, Pathway::from);
    }

    public Connection<Gene> genes(String pathwayId, Page page) {
        return page("query/pathway-genes-page", new HashMap<>(Map.of("id", pathwayId)), page, Gene::from);
    }

    public Map<String, List<Pathway>> parents(List<String> ids) {
        return related("query/pathway-parents", ids);
    }

    public Map<String, List<Pathway>> children(List<String> ids) {
        return related("query/pathway-children", ids);
    }

    private Map<String, List<Pathway>> related(String query, List<String> ids) {
        Map<String, List<Pathway>> out = new HashMap<>();
        graph.readList(query, Map.of("ids", ids), r -> Map.entry(r.get("id").asString(), Pathway.from(r.get("pathway").asMap())))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return out;
    }

    private <T> Connection<T> page(String query, Map<String, Object> params, Page page,
                                   java.util.function.Function<Map<String, Object>, T> mapper) {
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        return graph.read(tx -> {
            var rec = tx.run(graph.cypher(query), params).single();
            return Connection.of(page, rec.get("total").asLong(), rec.get("items").asList(v -> v.asMap()), mapper);
        });
    }
}
