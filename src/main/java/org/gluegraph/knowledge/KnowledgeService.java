package org.gluegraph.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphCaches;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Connection;
import org.gluegraph.shared.Identifiers;
import org.gluegraph.shared.Page;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Curated and imported knowledge side by side, never mixed up: a node's interactions name their source (CURATED for
 * the accepted claims' edges; HETIONET, DRUGCENTRAL or a later import for the imported tier), release and licence.
 * Also diseases by id or name, and a text search over drugs and diseases.
 */
@Service
public class KnowledgeService {

    /** The source name of the curated claims. */
    public static final String CURATED = "CURATED";
    static final int MAX_SEARCH = 100;
    /** Imported edges' properties shown as fields of the interaction (or of the query), not again among its properties. */
    private static final Set<String> FIELDS = Set.of("source", "sourceVersion", "licence", "predicate", "sign", "type",
            "forward");
    /** Imported predicates whose edges a path may follow either way (Hetionet's interactions, covariation, resemblance). */
    public static final Set<String> SYMMETRIC = HetionetMetaedges.SYMMETRIC;

    private final Graph graph;

    public KnowledgeService(Graph graph) {
        this.graph = graph;
    }

    /** CURATED and every imported source in the graph. */
    public List<String> sources() {
        List<String> out = new ArrayList<>();
        out.add(CURATED);
        out.addAll(activeRuns().keySet());
        return out;
    }

    /** Each imported source and its active run: the edges readers see are that run's (see KnowledgeImporter). */
    @Cacheable(cacheNames = "knowledgeSources", keyGenerator = GraphCaches.VERSIONED)
    public Map<String, Long> activeRuns() {
        Map<String, Long> out = new LinkedHashMap<>();
        graph.readList("knowledge/sources", Map.of(), r -> r).forEach(r -> out.put(r.get("name").asString(),
                r.get("run").asLong()));
        return out;
    }

    /**
     * The runs to read for these (checked) sources: each imported source's active run, and 0 for CURATED (the
     * claims' projected edges carry no run), as the queries' {@code coalesce(r.run, 0) IN $runs} expects.
     */
    public List<Long> runs(List<String> sources) {
        Map<String, Long> active = activeRuns();
        List<Long> out = new ArrayList<>();
        for (String s : sources) {
            out.add(s.equals(CURATED) ? 0L : active.get(s));
        }
        return out;
    }

    /**
     * The sources asked for, upper-cased and checked against those in the graph; {@code null} gives the default.
     * An unknown name is an error naming the field and the known sources (never an empty answer).
     */
    public List<String> checkSources(List<String> given, String field, List<String> defaults) {
        if (given == null) {
            return defaults;
        }
        List<String> known = sources();
        Set<String> out = new LinkedHashSet<>();
        for (String s : given) {
            String u = s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
            if (!known.contains(u)) {
                throw new BadInputException(field + ": unknown source '" + s + "'; this graph has " + String.join(", ", known));
            }
            out.add(u);
        }
        if (out.isEmpty()) {
            throw new BadInputException(field + ": give at least one source (" + String.join(", ", known) + ")");
        }
        return List.copyOf(out);
    }

    /** @param kind Gene, Drug or Disease; {@code id} its HGNC id, drug id or disease id */
    public Connection<Interaction> interactions(String kind, String id, List<String> sources, List<String> predicates,
            Integer sign, Page page) {
        List<String> chosen = checkSources(sources, "sources", sources());
        if (sign != null && (sign < -1 || sign > 1)) {
            throw new BadInputException("sign: expected -1, 0 or 1, got " + sign);
        }
        List<String> preds = null;
        if (predicates != null) {
            preds = new ArrayList<>();
            for (String p : predicates) {
                if (p == null || p.isBlank() || p.length() > 100) {
                    throw new BadInputException("predicates: expected predicate names like BINDS or INHIBITOR");
                }
                preds.add(p.strip().toUpperCase(Locale.ROOT));
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        params.put("id", id);
        params.put("runs", runs(chosen.stream().filter(s -> !s.equals(CURATED)).toList()));
        params.put("curated", chosen.contains(CURATED));
        params.put("predicates", preds);
        params.put("sign", sign);
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        var rec = graph.readList("knowledge/interactions", params, r -> r).get(0);
        List<Map<String, Object>> items = rec.get("items").asList(v -> v.asMap());
        List<String> claimIds = new ArrayList<>();
        items.forEach(i -> {
            if (!(Boolean) i.get("imported")) {
                claimIds.add((String) ((Map<?, ?>) i.get("props")).get("claimId"));
            }
        });
        Map<String, Map<String, Object>> claims = new HashMap<>();
        if (!claimIds.isEmpty()) {
            graph.readList("knowledge/claims-brief", Map.of("ids", claimIds), r -> r).forEach(r -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("level", r.get("level").asString(null));
                c.put("context", r.get("context").asString(null));
                c.put("status", r.get("status").asString(null));
                claims.put(r.get("id").asString(), c);
            });
        }
        return Connection.of(page, rec.get("total").asLong(), items, i -> interaction(i, claims));
    }

    private static Interaction interaction(Map<String, Object> i, Map<String, Map<String, Object>> claims) {
        boolean imported = (Boolean) i.get("imported");
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) i.get("props");
        @SuppressWarnings("unchecked")
        Object partner = node((Map<String, Object>) i.get("partner"));
        boolean outgoing = (Boolean) i.get("outgoing");
        if (imported) {
            return importedEdge(raw, partner, outgoing);
        }
        Map<String, Object> props = rest(raw);
        Map<String, Object> claim = claims.get((String) raw.get("claimId"));
        if (claim != null) {
            claim.forEach((k, v) -> {
                if (v != null) {
                    props.put(k, v);
                }
            });
        }
        Number sign = (Number) raw.get("sign");
        return new Interaction((String) i.get("predicate"), sign == null ? null : sign.intValue(), CURATED, null, null,
                partner, props, true, outgoing);
    }

    /** An IMPORTED edge (its properties as stored) as an interaction with the given partner. */
    public static Interaction importedEdge(Map<String, Object> edge, Object partner, boolean outgoing) {
        Number sign = (Number) edge.get("sign");
        return new Interaction((String) edge.get("predicate"), sign == null ? null : sign.intValue(),
                (String) edge.get("source"), (String) edge.get("sourceVersion"), (String) edge.get("licence"), partner,
                rest(edge), false, outgoing);
    }

    private static Map<String, Object> rest(Map<String, Object> raw) {
        Map<String, Object> props = new LinkedHashMap<>();
        raw.entrySet().stream().filter(e -> !FIELDS.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> props.put(e.getKey(), e.getValue()));
        return props;
    }

    /** A node map carrying {@code kind} (Gene, Drug, Disease or Entity) as the API's type. */
    public static Object node(Map<String, Object> m) {
        return switch ((String) m.get("kind")) {
            case "Gene" -> Gene.from(m);
            case "Drug" -> Drug.from(m);
            case "Disease" -> Disease.from(m);
            default -> Entity.from(m);
        };
    }

    /** A disease by id (DOID:9538, or Hetionet's Disease::DOID:9538) or name; null when none, an error if several. */
    public Disease disease(String term) {
        Identifiers.require(term, "id");
        String t = term.strip();
        String id = t.startsWith("Disease::") ? t.substring("Disease::".length()) : t;
        List<Disease> found = graph.readList("knowledge/disease", Map.of("id", id, "nameKey", Identifiers.lookupKey(t)),
                r -> Disease.from(r.get("disease").asMap()));
        Map<String, Disease> distinct = new LinkedHashMap<>();
        found.forEach(d -> distinct.putIfAbsent(d.id(), d));
        if (distinct.size() > 1) {
            throw new BadInputException("id: '" + term + "' names several diseases: " + String.join(", ", distinct.keySet()));
        }
        return distinct.isEmpty() ? null : distinct.values().iterator().next();
    }

    /** Drugs (by name, synonym or id) and diseases whose name contains the text, case-insensitive. */
    public List<Object> search(String text, Integer first) {
        if (text == null || text.strip().length() < 2 || text.length() > Identifiers.MAX_LENGTH) {
            throw new BadInputException("text: expected 2 to " + Identifiers.MAX_LENGTH + " characters");
        }
        int limit = first == null ? 20 : first;
        if (limit < 1 || limit > MAX_SEARCH) {
            throw new BadInputException("first: expected 1 to " + MAX_SEARCH + ", got " + limit);
        }
        return graph.readList("knowledge/search", Map.of("text", Identifiers.lookupKey(text), "limit", limit),
                r -> node(r.get("node").asMap()));
    }
}
