package org.gluegraph.expression;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.ResultsSpec;
import org.gluegraph.expression.internal.TestSpec;
import org.gluegraph.expression.io.DesignChoices;

/**
 * Parsed arguments of the {@code de} command.
 *
 * @param contrast   factor contrast, or null
 * @param name       coefficient to report (resultsNames), or null; with neither, the last coefficient
 * @param factors    sample-sheet columns to fit as factors although their values are numbers
 * @param references reference level per factor
 * @param reduced    reduced design of the likelihood ratio test, or null for the Wald test
 * @param round      round non-integer counts (as DESeqDataSetFromTximport does)
 * @param details    folder for sizeFactors.tsv and dispersions.tsv, or null
 * @param attach     name under which the lead's code stores the result as a contrast in the graph, or null
 */
public record DeArguments(Path counts, Path samples, String design, ContrastSpec contrast, String name,
                          Set<String> factors, Map<String, String> references, String reduced, double lfcThreshold,
                          AltHypothesis altHypothesis, boolean round, Path out, Path details,
                          boolean lfcShrinkNormal, double alpha, int threads, String attach) {

    public DeArguments {
        factors = Set.copyOf(factors);
        references = Map.copyOf(references);
    }

    public boolean lrt() {
        return reduced != null;
    }

    public ResultsSpec results() {
        return new ResultsSpec(contrast, name, lfcThreshold, altHypothesis);
    }

    /** What the run computes, for the front-end-independent code (the stored contrast of --attach). */
    public DeAnalysis analysis() {
        return new DeAnalysis(design, contrast, name, factors, references,
                lrt() ? TestSpec.Kind.LRT : TestSpec.Kind.WALD, reduced, lfcThreshold, altHypothesis, alpha);
    }

    public DesignChoices choices() {
        return new DesignChoices(factors, references);
    }
}
