package org.gluegraph.contrast;

import java.util.Map;

/** One creation or replacement of a contrast (the GraphQL ContrastEvent). */
public record ContrastEvent(String action, String actor, String at, String source, String contrastId,
        String previousContrastId, String countsSha256, String design) {

    static ContrastEvent from(Map<String, Object> m) {
        return new ContrastEvent((String) m.get("action"), (String) m.get("actor"), (String) m.get("at"),
                (String) m.get("source"), (String) m.get("contrastId"), (String) m.get("previousContrastId"),
                (String) m.get("countsSha256"), (String) m.get("design"));
    }
}
