package org.gluegraph.mechanism;

import org.gluegraph.contrast.ExpressionResult;

/**
 * The verdict of one contrast on one prediction of the curated graph, at the level where the claim acts: only a
 * transcript-level prediction with a sign can be supported or contradicted by RNA-seq.
 */
public enum ExpressionCheck {
    /** The gene moved as predicted, at padj below the threshold. */
    SUPPORTED,
    /** The gene moved the other way, at padj below the threshold. */
    CONTRADICTED,
    /** Measured and tested, but padj is not below the threshold: no evidence either way. */
    NOT_SIGNIFICANT,
    /** RNA-seq cannot test it: the last claim acts on protein or activity, or predicts no direction. */
    NOT_PREDICTED,
    /** The contrast has no test of the gene (not in the counts, or NA after filtering). */
    NOT_MEASURED;

    /** The significance level of mechanism and resistance answers (contrastCheck takes its own). */
    public static final double DEFAULT_PADJ = 0.05;

    public static ExpressionCheck of(boolean transcriptLevel, int predictedSign, ExpressionResult observed,
                                     double padjBelow) {
        if (!transcriptLevel || predictedSign == 0) {
            return NOT_PREDICTED;
        }
        if (observed == null || observed.padj() == null || observed.log2FoldChange() == null) {
            return NOT_MEASURED;
        }
        int moved = observed.significantDirection(padjBelow);
        if (moved == 0) {
            return NOT_SIGNIFICANT;
        }
        return moved == predictedSign ? SUPPORTED : CONTRADICTED;
    }

    /** The deprecated boolean fields: true or false only where the data decide, otherwise null. */
    public Boolean agrees() {
        return this == SUPPORTED ? Boolean.TRUE : this == CONTRADICTED ? Boolean.FALSE : null;
    }
}
