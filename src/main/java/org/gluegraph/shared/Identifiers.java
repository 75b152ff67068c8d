package org.gluegraph.shared;

import java.util.Locale;

/** What every identifier argument must be, and how a typed identifier becomes a case-insensitive look-up key. */
public final class Identifiers {

    public static final int MAX_LENGTH = 200;

    private Identifiers() {
    }

    /** The term itself, or BAD_REQUEST naming the field when it is empty or too long. */
    public static String require(String term, String field) {
        if (term == null || term.isBlank()) {
            throw new BadInputException(field + ": expected an identifier, got an empty string");
        }
        if (term.length() > MAX_LENGTH) {
            throw new BadInputException(field + ": identifier longer than " + MAX_LENGTH + " characters");
        }
        return term;
    }

    /** Trimmed and lower-cased (root locale): how names, synonyms and ids are stored as look-up keys. */
    public static String lookupKey(String term) {
        return term.trim().toLowerCase(Locale.ROOT);
    }
}
