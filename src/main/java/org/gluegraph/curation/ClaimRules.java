package org.gluegraph.curation;

import java.util.regex.Pattern;

import org.gluegraph.shared.BadInputException;

/**
 * What a claim must be, wherever it comes from: the GraphQL API, the seed files and {@code load} all check a claim
 * here, so a claim one of them refuses is refused by all. Each rule throws a {@link Violation} naming the field and
 * what was expected; callers add the place (an input path, or a file, line and column).
 */
public final class ClaimRules {

    /** A PubMed id. */
    public static final Pattern PMID = Pattern.compile("[1-9][0-9]{0,8}");
    /** A DOI (case-insensitive prefix 10., a registrant code, a suffix without spaces). */
    public static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S{1,200}");
    public static final int MAX_CONTEXT = 200;
    public static final int MAX_STATEMENT = 2000;

    private ClaimRules() {
    }

    /** A broken rule: {@code field} is the claim's field (predicate, sign, subject, context, pmid, doi, ...). */
    public static final class Violation extends BadInputException {
        private final String field;
        private final String problem;

        Violation(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
        }

        public String field() {
            return field;
        }

        public String problem() {
            return problem;
        }
    }

    public static Predicate predicate(String text) {
        Predicate p = text == null ? null : Predicate.parse(text.strip());
        if (p == null) {
            throw new Violation("predicate", "expected one of " + Predicate.allowed() + ", found '" + text + "'");
        }
        return p;
    }

    public static int sign(Integer sign) {
        if (sign == null || sign < -1 || sign > 1) {
            throw new Violation("sign", "expected -1, 0 or 1, found " + sign);
        }
        return sign;
    }

    /** A level as written (seed files, {@code load}); null when blank, so that {@link #level(EffectLevel, Predicate)} derives it. */
    public static EffectLevel level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (EffectLevel l : EffectLevel.values()) {
            if (l.name().equalsIgnoreCase(text.strip())) {
                return l;
            }
        }
        throw new Violation("level", "expected TRANSCRIPT, PROTEIN or ACTIVITY, found '" + text + "'");
    }

    /**
     * The level a claim of this predicate has when none is given: degradation acts on the protein; binding and
     * complex membership on activity; a transcription factor's ACTIVATES/REPRESSES of its target gene, the
     * UP/DOWNREGULATES of expression and resistance by a gene's expression level on the transcript.
     */
    public static EffectLevel defaultLevel(Predicate predicate) {
        return switch (predicate) {
            case DEGRADES -> EffectLevel.PROTEIN;
            case BINDS, COMPLEX_WITH -> EffectLevel.ACTIVITY;
            case ACTIVATES, REPRESSES, UPREGULATES, DOWNREGULATES, RESISTANCE_WHEN_HIGH, RESISTANCE_WHEN_LOW ->
                    EffectLevel.TRANSCRIPT;
        };
    }

    /**
     * The claim's level: the given one, or the predicate's default when none is given. Binding, complex membership
     * and degradation never act at the transcript level (a destabilised protein can be DOWNREGULATES at PROTEIN
     * level, but nothing DEGRADES a transcript here).
     */
    public static EffectLevel level(EffectLevel level, Predicate predicate) {
        if (level == null) {
            return defaultLevel(predicate);
        }
        if (level == EffectLevel.TRANSCRIPT && defaultLevel(predicate) != EffectLevel.TRANSCRIPT) {
            throw new Violation("level", predicate + " does not act at TRANSCRIPT level; expected PROTEIN or ACTIVITY");
        }
        return level;
    }

    /** The kinds of the two ends: a resistance claim links a gene (its level) to a drug. */
    public static void ends(Predicate predicate, String subjectType, String objectType) {
        if (predicate.resistance() && !("Gene".equals(subjectType) && "Drug".equals(objectType))) {
            throw new Violation("subject", predicate + " needs a Gene subject and a Drug object, found a "
                    + subjectType + " subject and a " + objectType + " object");
        }
    }

    /** The context stripped, or null when missing or blank. */
    public static String context(String context) {
        String c = context == null || context.isBlank() ? null : context.strip();
        if (c != null && c.length() > MAX_CONTEXT) {
            throw new Violation("context", "at most " + MAX_CONTEXT + " characters, found " + c.length());
        }
        return c;
    }

    /** The PMID stripped, or null when blank. */
    public static String pmid(String pmid) {
        String p = pmid == null || pmid.isBlank() ? null : pmid.strip();
        if (p != null && !PMID.matcher(p).matches()) {
            throw new Violation("pmid", "expected 1 to 9 digits (a PubMed id), found '" + p + "'");
        }
        return p;
    }

    /** The DOI stripped, or null when blank. */
    public static String doi(String doi) {
        String d = doi == null || doi.isBlank() ? null : doi.strip();
        if (d != null && !DOI.matcher(d).matches()) {
            throw new Violation("doi", "expected a DOI like 10.1038/nature13527, found '" + d + "'");
        }
        return d;
    }

    /** What a publication shows, in the curator's words. */
    public static String statement(String statement) {
        if (statement == null || statement.isBlank() || statement.length() > MAX_STATEMENT) {
            throw new Violation("statement", "expected 1 to " + MAX_STATEMENT
                    + " characters saying what the publication shows");
        }
        return statement.strip();
    }

    public static void evidence(int publications) {
        if (publications < 1) {
            throw new Violation("evidence", "at least one publication (PMID or DOI) is required");
        }
    }
}
