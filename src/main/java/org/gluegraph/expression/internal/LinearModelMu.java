package org.gluegraph.expression.internal;

/**
 * Least-squares fitted values of normalised counts on the design (DESeq2's linearModelMu), a cheap mean. The hat
 * matrix X (X'X)^-1 X' only depends on the samples' cells, so the fit needs the per-cell sums of the counts.
 */
final class LinearModelMu {

    private final Gram gram;
    /** cellHat[a][c] = x_a' (X'X)^-1 x_c for cells a and c. */
    private final double[][] cellHat;

    LinearModelMu(ModelMatrix design) {
        double[][] x = design.x();
        int m = design.samples();
        int p = x[0].length;
        gram = new Gram(x);
        double[][] inv = SmallMatrix.inverse(SmallMatrix.cholesky(SmallMatrix.crossprod(x, ModelMatrix.ones(m))));
        int cells = gram.cells();
        cellHat = new double[cells][cells];
        for (int a = 0; a < cells; a++) {
            double[] xa = gram.cellRow(a);
            for (int b = 0; b < cells; b++) {
                double[] xb = gram.cellRow(b);
                double s = 0;
                for (int i = 0; i < p; i++) {
                    for (int k = 0; k < p; k++) {
                        s += xa[i] * inv[i][k] * xb[k];
                    }
                }
                cellHat[a][b] = s;
            }
        }
    }

    /** Fitted normalised means for one gene. */
    double[] fitted(double[] normalized) {
        double[] sums = gram.sumByCell(normalized);
        int cells = sums.length;
        double[] cellFit = new double[cells];
        for (int a = 0; a < cells; a++) {
            double s = 0;
            for (int b = 0; b < cells; b++) {
                s += cellHat[a][b] * sums[b];
            }
            cellFit[a] = s;
        }
        double[] f = new double[normalized.length];
        for (int j = 0; j < f.length; j++) {
            f[j] = cellFit[gram.cellOf(j)];
        }
        return f;
    }
}
