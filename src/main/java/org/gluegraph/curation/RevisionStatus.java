package org.gluegraph.curation;

/** A revision is PENDING until an editor accepts or rejects it; then it is closed. */
public enum RevisionStatus {
    PENDING, ACCEPTED, REJECTED;

    static RevisionStatus stored(Object name) {
        return valueOf((String) name);
    }
}
