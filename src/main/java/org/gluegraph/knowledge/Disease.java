package org.gluegraph.knowledge;

import java.util.Map;

/** An imported disease (Hetionet's Disease Ontology terms): {@code id} as the source writes it, e.g. DOID:9538. */
public record Disease(String id, String name, String source) {

    static Disease from(Map<String, Object> m) {
        return new Disease((String) m.get("id"), (String) m.get("name"), (String) m.get("source"));
    }
}
