package org.gluegraph.curation;

import java.util.Map;

/** A curated claim as the review workflow sees it; its relation (ends, predicate, evidence) is read separately. */
public record Claim(String id, int version, String status, String submittedBy) {

    public static Claim from(Map<String, Object> m) {
        return new Claim((String) m.get("id"), ((Number) m.getOrDefault("version", 1)).intValue(),
                (String) m.get("status"), (String) m.getOrDefault("submittedBy", "seed"));
    }
}
