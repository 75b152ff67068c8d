package org.gluegraph.expression;

import org.gluegraph.expression.internal.ContrastSpec;

import java.nio.file.Path;

/**
 * Parsed arguments of the {@code de} command.
 *
 * @param details folder for sizeFactors.tsv and dispersions.tsv, or null
 * @param attach  name under which the lead's code stores the result as a contrast in the graph, or null
 */
public record DeArguments(Path counts, Path samples, String design, ContrastSpec contrast, Path out, Path details,
                          boolean lfcShrinkNormal, double alpha, int threads, String attach) {
}
