package org.gluegraph.pathway;

import java.util.Map;

public record Pathway(String id, String name, String collection, String version, int size) {

    public static Pathway from(Map<String, Object> m) {
        Object size = m.get("size");
        return new Pathway((String) m.get("id"), (String) m.get("name"), (String) m.get("collection"),
                (String) m.get("version"), size == null ? 0 : ((Number) size).intValue());
    }
}
