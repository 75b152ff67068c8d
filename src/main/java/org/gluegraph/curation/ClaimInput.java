package org.gluegraph.curation;

import java.util.List;

/** The GraphQL ClaimInput and EvidenceInput; {@code level} is optional (derived from the predicate, see ClaimRules). */
public record ClaimInput(String subject, String predicate, String object, Integer sign, String context,
        List<EvidenceInput> evidence, EffectLevel level) {

    public record EvidenceInput(String pmid, String doi, String statement) {
    }
}
