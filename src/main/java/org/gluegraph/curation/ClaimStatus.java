package org.gluegraph.curation;

/** Where a claim stands in review (the GraphQL enum {@code ClaimStatus}; stored by name on the claim node). */
public enum ClaimStatus {
    /** Waiting for an editor. */
    SUBMITTED,
    /** In the accepted graph. */
    ACCEPTED,
    /** Refused by an editor; it holds no claim key, so its triple may be submitted anew. */
    REJECTED,
    /** Left the accepted graph when its only publication was retracted. */
    RETRACTED;

    /**
     * Revisions apply to live claims only: a REJECTED claim is closed and a RETRACTED one lost its evidence; reviving
     * either through a revision would also give it back a claim key.
     */
    public boolean revisable() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /** The stored name; a node without one (written before statuses existed) was accepted by the seed. */
    static ClaimStatus stored(Object name) {
        return name == null ? ACCEPTED : valueOf((String) name);
    }
}
