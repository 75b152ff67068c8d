package org.gluegraph.curation;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A proposed change to a claim: PENDING until an editor accepts or rejects it.
 *
 * @param proposed the proposed claim as JSON fields (the GraphQL JSON scalar), as stored
 */
public record Revision(String id, String claimId, RevisionStatus status, Map<String, Object> proposed, String comment,
        String author, int baseVersion) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** From a revision node's properties; its {@code proposed} is a {@link ClaimProposal}'s JSON. */
    @SuppressWarnings("unchecked")
    static Revision from(Map<String, Object> node, String claimId) {
        Map<String, Object> proposed;
        try {
            proposed = JSON.readValue((String) node.get("proposed"), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision " + node.get("id") + ": stored proposal is not JSON", e);
        }
        return new Revision((String) node.get("id"), claimId, RevisionStatus.stored(node.get("status")), proposed,
                (String) node.get("comment"), (String) node.get("author"),
                ((Number) node.get("baseVersion")).intValue());
    }

    /** The proposal as the record {@link CurationService#acceptRevision} applies. */
    ClaimProposal proposal() {
        return JSON.convertValue(proposed, ClaimProposal.class);
    }
}
