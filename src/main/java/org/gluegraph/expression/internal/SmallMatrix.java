package org.gluegraph.expression.internal;

/**
 * Dense symmetric p x p algebra for the few coefficients of a design (p is rarely above 10), by Cholesky.
 * Kept allocation-light because it runs for every gene at every iteration.
 */
final class SmallMatrix {

    private SmallMatrix() {
    }

    /** Lower Cholesky factor of a symmetric positive definite matrix, or null if it is not positive definite. */
    static double[][] cholesky(double[][] a) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** Solves (L L') x = b. */
    static double[] solve(double[][] l, double[] b) {
        int p = l.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** Inverse from the Cholesky factor. */
    static double[][] inverse(double[][] l) {
        int p = l.length;
        double[][] inv = new double[p][p];
        double[] e = new double[p];
        for (int j = 0; j < p; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            double[] col = solve(l, e);
            for (int i = 0; i < p; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }

    static double logDeterminant(double[][] l) {
        double s = 0;
        for (int i = 0; i < l.length; i++) {
            s += Math.log(l[i][i]);
        }
        return 2 * s;
    }

    /** X' diag(w) X. */
    static double[][] crossprod(double[][] x, double[] w) {
        int m = x.length;
        int p = x[0].length;
        double[][] b = new double[p][p];
        for (int r = 0; r < m; r++) {
            double wr = w[r];
            double[] xr = x[r];
            for (int i = 0; i < p; i++) {
                double xi = xr[i] * wr;
                if (xi == 0) {
                    continue;
                }
                for (int j = 0; j <= i; j++) {
                    b[i][j] += xi * xr[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                b[j][i] = b[i][j];
            }
        }
        return b;
    }

    /** a * b * a for symmetric a and b (the sandwich of a ridge-penalised covariance). */
    static double[][] sandwich(double[][] a, double[][] b) {
        return multiply(multiply(a, b), a);
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int p = a.length;
        int q = b[0].length;
        double[][] c = new double[p][q];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                for (int j = 0; j < q; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    /** x' a x. */
    static double quadraticForm(double[][] a, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                s += x[i] * a[i][j] * x[j];
            }
        }
        return s;
    }
}
