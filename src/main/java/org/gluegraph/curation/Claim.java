package org.gluegraph.curation;

import java.util.Map;

/** A curated claim as the review workflow shows it; its relation (ends, predicate, evidence) is read separately. */
public record Claim(String id, int version, ClaimStatus status, String submittedBy) {

    static Claim of(ClaimState state) {
        return new Claim(state.id(), state.version(), state.status(), state.submittedBy());
    }

    /** From a claim node's properties as a read query returns them. */
    static Claim from(Map<String, Object> node) {
        return of(ClaimState.from(node));
    }
}
