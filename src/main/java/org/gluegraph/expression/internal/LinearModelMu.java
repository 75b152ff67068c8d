package org.gluegraph.expression.internal;

/** Least-squares fitted values of normalised counts on the design (DESeq2's linearModelMu), a cheap mean. */
final class LinearModelMu {

    private final double[][] hat;

    LinearModelMu(ModelMatrix design) {
        double[][] x = design.x();
        int m = design.samples();
        double[][] inv = SmallMatrix.inverse(SmallMatrix.cholesky(SmallMatrix.crossprod(x, ModelMatrix.ones(m))));
        hat = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double s = 0;
                for (int i = 0; i < x[0].length; i++) {
                    for (int k = 0; k < x[0].length; k++) {
                        s += x[a][i] * inv[i][k] * x[b][k];
                    }
                }
                hat[a][b] = s;
            }
        }
    }

    /** Fitted normalised means for one gene. */
    double[] fitted(double[] normalized) {
        int m = normalized.length;
        double[] f = new double[m];
        for (int a = 0; a < m; a++) {
            double s = 0;
            for (int b = 0; b < m; b++) {
                s += hat[a][b] * normalized[b];
            }
            f[a] = s;
        }
        return f;
    }
}
