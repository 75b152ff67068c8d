package org.gluegraph.curation;

import java.util.List;

/** The GraphQL ClaimInput and EvidenceInput. */
public record ClaimInput(String subject, String predicate, String object, Integer sign, String context,
        List<EvidenceInput> evidence) {

    public record EvidenceInput(String pmid, String doi, String statement) {
    }
}
