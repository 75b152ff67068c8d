package org.gluegraph.expression.internal;

/**
 * In-place Cholesky on a row-major p x p array, for the dispersion search's Cox-Reid term: the same arithmetic
 * as {@link SmallMatrix#cholesky} without allocating, since it runs at every evaluation of every gene.
 */
final class CholeskyWork {

    private CholeskyWork() {
    }

    /** Replaces the lower triangle of a by L (a = L L'); false if a is not positive definite. */
    static boolean factor(double[] a, int p) {
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * p + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * p + k] * a[j * p + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    a[i * p + i] = Math.sqrt(s);
                } else {
                    a[i * p + j] = s / a[j * p + j];
                }
            }
        }
        return true;
    }

    /** log det(L L') from a factor made by {@link #factor}. */
    static double logDeterminant(double[] l, int p) {
        double s = 0;
        for (int i = 0; i < p; i++) {
            s += Math.log(l[i * p + i]);
        }
        return 2 * s;
    }

    /**
     * tr((L L')^-1 X' diag(w) X) when X has few distinct rows: sum over the rows x_c (with summed weights w_c) of
     * w_c |L^-1 x_c|^2, one forward substitution per distinct row instead of forming X' diag(w) X and solving
     * for each of its columns. scratch holds at least 2 p values.
     */
    static double traceOfSolve(double[] l, int p, double[][] rows, double[] w, double[] scratch) {
        for (int i = 0; i < p; i++) {
            scratch[p + i] = 1 / l[i * p + i];
        }
        double trace = 0;
        for (int c = 0; c < rows.length; c++) {
            double[] x = rows[c];
            double norm = 0;
            for (int i = 0; i < p; i++) {
                double s = x[i];
                for (int k = 0; k < i; k++) {
                    s -= l[i * p + k] * scratch[k];
                }
                double z = s * scratch[p + i];
                scratch[i] = z;
                norm += z * z;
            }
            trace += w[c] * norm;
        }
        return trace;
    }
}
