package org.gluegraph.curation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a curated claim says. Accepted claims are mirrored as a graph edge of {@link #edgeType} for fast
 * traversal; the two resistance predicates share one edge type told apart by {@link #direction}.
 */
public enum Predicate {
    BINDS("BINDS", null),
    COMPLEX_WITH("COMPLEX_WITH", null),
    DEGRADES("DEGRADES", null),
    ACTIVATES("ACTIVATES", null),
    REPRESSES("REPRESSES", null),
    UPREGULATES("UPREGULATES", null),
    DOWNREGULATES("DOWNREGULATES", null),
    RESISTANCE_WHEN_HIGH("RESISTANCE", "HIGH"),
    RESISTANCE_WHEN_LOW("RESISTANCE", "LOW");

    private final String edgeType;
    private final String direction;

    Predicate(String edgeType, String direction) {
        this.edgeType = edgeType;
        this.direction = direction;
    }

    public String edgeType() {
        return edgeType;
    }

    public String direction() {
        return direction;
    }

    public boolean resistance() {
        return direction != null;
    }

    public static Predicate parse(String s) {
        for (Predicate p : values()) {
            if (p.name().equalsIgnoreCase(s)) {
                return p;
            }
        }
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
