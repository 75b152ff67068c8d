package org.gluegraph.curation;

import java.util.Locale;

/**
 * What makes two claims state the same thing: subject, predicate, object and context, the context trimmed and
 * lower-cased, a missing or blank context the same as an empty one. At most one live (not rejected) claim holds a key
 * (constraint {@code claim_triple_key}). Built here only: the API, the seed and {@code load} all call {@link #of}.
 */
public record ClaimKey(String subjectId, String predicate, String objectId, String context) {

    public static ClaimKey of(String subjectId, String predicate, String objectId, String context) {
        String c = context == null ? "" : context.strip().toLowerCase(Locale.ROOT);
        return new ClaimKey(subjectId, predicate, objectId, c);
    }

    /** The stored form ({@code Claim.tripleKey}). */
    public String value() {
        return subjectId + "|" + predicate + "|" + objectId + "|" + context;
    }

    @Override
    public String toString() {
        return value();
    }
}
