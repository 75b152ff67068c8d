package org.gluegraph.expression.internal;

/**
 * X' diag(w) X for a fixed design X, from the outer products x_j x_j' computed once: the dispersion search and
 * the GLM need it for every gene at every step, so it is a flat multiply-add loop without branches.
 */
final class Gram {

    private final int p;
    private final int packed;
    private final double[] outer;
    private final int m;

    Gram(double[][] x) {
        m = x.length;
        p = x[0].length;
        packed = p * (p + 1) / 2;
        outer = new double[m * packed];
        for (int j = 0; j < m; j++) {
            int k = j * packed;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b <= a; b++) {
                    outer[k++] = x[j][a] * x[j][b];
                }
            }
        }
    }

    double[][] of(double[] w) {
        double[] acc = new double[packed];
        for (int j = 0; j < m; j++) {
            double wj = w[j];
            int base = j * packed;
            for (int k = 0; k < packed; k++) {
                acc[k] += wj * outer[base + k];
            }
        }
        double[][] b = new double[p][p];
        int k = 0;
        for (int a = 0; a < p; a++) {
            for (int c = 0; c <= a; c++) {
                b[a][c] = acc[k];
                b[c][a] = acc[k];
                k++;
            }
        }
        return b;
    }
}
