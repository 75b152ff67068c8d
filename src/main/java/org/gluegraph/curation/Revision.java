package org.gluegraph.curation;

import java.util.Map;

/** A proposed change to a claim: PENDING until an editor accepts or rejects it. */
public record Revision(String id, String claimId, String status, Object proposed, String comment, String author,
        int baseVersion) {

    static Revision from(Map<String, Object> m, String claimId) {
        Object proposed = m.get("proposed");
        try {
            proposed = new com.fasterxml.jackson.databind.ObjectMapper().readValue((String) proposed, Map.class);
        } catch (Exception e) {
            // keep the stored text
        }
        return new Revision((String) m.get("id"), claimId, (String) m.get("status"), proposed,
                (String) m.get("comment"), (String) m.get("author"), ((Number) m.get("baseVersion")).intValue());
    }
}
