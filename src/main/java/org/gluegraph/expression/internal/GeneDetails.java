package org.gluegraph.expression.internal;

/** The intermediate per-gene values of DESeq(), as in mcols(dds); NaN stands for NA (all-zero genes). */
public record GeneDetails(String geneId, double dispGeneEst, double dispFit, double dispersion,
        boolean dispOutlier, double maxCooks, boolean replaced, boolean converged) {
}
