package org.gluegraph.curation;

import java.util.Locale;

/**
 * The level at which a claim acts on its object. Only TRANSCRIPT-level claims predict a change that RNA-seq can
 * measure: a degrader lowers its target's protein, not its mRNA, so "lenalidomide DEGRADES IKZF1" is never
 * contradicted by an unchanged IKZF1 transcript.
 */
public enum RelationLevel {
    /** The object's mRNA changes: a transcription factor on its target, UP/DOWNREGULATES, resistance by expression. */
    TRANSCRIPT,
    /** The object's protein changes (degradation) or is bound. */
    PROTEIN,
    /** The object's activity changes without a change of its amount (a drug activating an enzyme). */
    ACTIVITY;

    /** What a claim without a stated level is taken to mean, from its predicate and the kind of its subject. */
    public static RelationLevel defaultFor(Predicate predicate, String subjectType) {
        return switch (predicate) {
            case BINDS, COMPLEX_WITH, DEGRADES -> PROTEIN;
            case ACTIVATES, REPRESSES -> "Gene".equals(subjectType) ? TRANSCRIPT : ACTIVITY;
            case UPREGULATES, DOWNREGULATES, RESISTANCE_WHEN_HIGH, RESISTANCE_WHEN_LOW -> TRANSCRIPT;
        };
    }

    /** A stored or typed level, or null when blank; anything else is not a level. */
    public static RelationLevel parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
