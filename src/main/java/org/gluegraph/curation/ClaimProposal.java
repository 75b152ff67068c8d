package org.gluegraph.curation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A claim as a curator states it, checked and resolved to graph ids: what {@code submitClaim} creates and what a
 * revision proposes (stored on the revision as this record's JSON, which {@code Revision.proposed} shows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClaimProposal(String subjectId, String subjectType, String predicate, String objectId, String objectType,
        int sign, EffectLevel level, String context, String statement, List<EvidenceInputRow> evidence) {

    ClaimProposal {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    ClaimKey key() {
        return ClaimKey.of(subjectId, predicate, objectId, context);
    }

    ClaimProposal withLevel(EffectLevel other) {
        return new ClaimProposal(subjectId, subjectType, predicate, objectId, objectType, sign, other, context,
                statement, evidence);
    }
}
