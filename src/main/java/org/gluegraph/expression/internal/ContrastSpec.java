package org.gluegraph.expression.internal;

/** A comparison of two levels of one factor: log2(numerator / denominator). */
public record ContrastSpec(String factor, String numerator, String denominator) {
}
