package org.gluegraph.expression.internal;

/**
 * What results() reports: a factor contrast (results(contrast = c(factor, numerator, denominator))), one
 * coefficient by its resultsNames name (results(name = ...)), or, with neither, DESeq2's default, the last
 * coefficient of the model matrix; and the tested hypothesis (lfcThreshold, altHypothesis).
 *
 * @param contrast     a factor contrast, or null
 * @param name         a coefficient name from resultsNames, or null
 * @param lfcThreshold non-negative threshold on |log2 fold change| (0: the ordinary test)
 */
public record ResultsSpec(ContrastSpec contrast, String name, double lfcThreshold, AltHypothesis altHypothesis) {

    public ResultsSpec {
        if (contrast != null && name != null) {
            throw new DeseqInputException("give either a contrast or a coefficient name, not both");
        }
        if (name != null && name.isBlank()) {
            throw new DeseqInputException("the coefficient name is empty");
        }
        if (!(lfcThreshold >= 0) || Double.isInfinite(lfcThreshold)) {
            throw new DeseqInputException("lfcThreshold must be a finite number >= 0, got " + lfcThreshold);
        }
        if (altHypothesis == null) {
            altHypothesis = AltHypothesis.GREATER_ABS;
        }
        if (altHypothesis == AltHypothesis.LESS_ABS && lfcThreshold == 0) {
            throw new DeseqInputException("altHypothesis lessAbs needs a positive lfcThreshold (as in DESeq2)");
        }
    }

    public static ResultsSpec of(ContrastSpec contrast) {
        return new ResultsSpec(contrast, null, 0, AltHypothesis.GREATER_ABS);
    }

    public static ResultsSpec coefficient(String name) {
        return new ResultsSpec(null, name, 0, AltHypothesis.GREATER_ABS);
    }

    /** DESeq2's default: the last coefficient. */
    public static ResultsSpec lastCoefficient() {
        return new ResultsSpec(null, null, 0, AltHypothesis.GREATER_ABS);
    }

    public ResultsSpec withThreshold(double threshold, AltHypothesis alternative) {
        return new ResultsSpec(contrast, name, threshold, alternative);
    }

    /** True when the test is the ordinary one (threshold 0, greaterAbs). */
    public boolean ordinaryTest() {
        return lfcThreshold == 0 && altHypothesis == AltHypothesis.GREATER_ABS;
    }
}
