package org.gluegraph.curation;

/**
 * What a {@link CurationEvent} records. LOAD is written by the bulk loader's Cypher (cypher/load/claims.cypher), the
 * others by {@link CurationService}.
 */
public enum CurationAction {
    LOAD, SUBMIT, ADD_EVIDENCE, SUGGEST_REVISION, ACCEPT, REJECT, ACCEPT_REVISION, REJECT_REVISION,
    /** The claim's only publication was retracted: it leaves the accepted graph. */
    RETRACT,
    /** One of several publications of the claim was retracted: the claim stands on the others. */
    EVIDENCE_RETRACTED
}
