package org.gluegraph.knowledge;

import java.util.Map;

/**
 * An imported node of another kind: anatomy, biological process, side effect, a DrugCentral target that is not an
 * HGNC gene, a Hetionet gene whose Entrez id no HGNC gene has ({@code kind} Gene), ...
 */
public record Entity(String id, String name, String kind, String source) {

    static Entity from(Map<String, Object> m) {
        return new Entity((String) m.get("id"), (String) m.get("name"), (String) m.get("kind"), (String) m.get("source"));
    }
}
