package org.gluegraph.graph;

import java.util.List;
import java.util.Map;

public record Drug(String id, String name, List<String> synonyms, String chemblId, String drugbankId) {

    @SuppressWarnings("unchecked")
    public static Drug from(Map<String, Object> m) {
        return new Drug((String) m.get("id"), (String) m.get("name"),
                (List<String>) m.getOrDefault("synonyms", List.of()), (String) m.get("chemblId"),
                (String) m.get("drugbankId"));
    }

    /** A path or claim end: the map carries {@code kind} = Gene or Drug. */
    public static Object node(Map<String, Object> m) {
        return "Drug".equals(m.get("kind")) ? from(m) : Gene.from(m);
    }

    public static String nodeId(Object node) {
        return node instanceof Drug d ? d.id() : ((Gene) node).hgncId();
    }
}
