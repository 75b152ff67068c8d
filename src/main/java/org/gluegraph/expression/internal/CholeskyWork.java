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
     * tr((L L')^-1 D) for symmetric D, overwriting D with the solution column by column: forward and back
     * substitution for each column of D, keeping only the diagonal of the result.
     */
    static double traceOfSolve(double[] l, double[] d, int p) {
        double trace = 0;
        for (int col = 0; col < p; col++) {
            for (int i = 0; i < p; i++) {
                double s = d[i * p + col];
                for (int k = 0; k < i; k++) {
                    s -= l[i * p + k] * d[k * p + col];
                }
                d[i * p + col] = s / l[i * p + i];
            }
            for (int i = p - 1; i >= 0; i--) {
                double s = d[i * p + col];
                for (int k = i + 1; k < p; k++) {
                    s -= l[k * p + i] * d[k * p + col];
                }
                d[i * p + col] = s / l[i * p + i];
            }
            trace += d[col * p + col];
        }
        return trace;
    }
}
