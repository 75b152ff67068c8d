package org.gluegraph.expression.internal;

import java.util.Arrays;

/** results(altHypothesis = ...): what a gene's log2 fold change is tested for, against lfcThreshold. */
public enum AltHypothesis {
    /** |LFC| > threshold (the default; with threshold 0 the ordinary two-sided Wald test). */
    GREATER_ABS("greaterAbs"),
    /** |LFC| < threshold. */
    LESS_ABS("lessAbs"),
    /** LFC > threshold. */
    GREATER("greater"),
    /** LFC < -threshold. */
    LESS("less");

    private final String rName;

    AltHypothesis(String rName) {
        this.rName = rName;
    }

    /** DESeq2's spelling. */
    public String rName() {
        return rName;
    }

    /** Parses DESeq2's spelling (case-sensitive, as in R), or returns null. */
    public static AltHypothesis fromRName(String name) {
        return Arrays.stream(values()).filter(a -> a.rName.equals(name)).findFirst().orElse(null);
    }
}
