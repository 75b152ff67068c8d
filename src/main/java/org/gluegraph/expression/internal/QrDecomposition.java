package org.gluegraph.expression.internal;

/**
 * R's qr(x) (LINPACK's dqrdc2 as modified for R: Householder reflections, columns moved to the end only when
 * they are nearly collinear, tolerance 1e-7), with qr.Q and qr.R, and the least-squares solution
 * solve(qr.R, t(qr.Q) %*% y) the way DESeq2's fitNbinomGLMs computes its starting values. The starting
 * values are where DESeq2's L-BFGS-B refit starts for genes whose IRLS ran away, and the refit of a flat
 * likelihood depends on its start to the last bits; so the reflections, dnrm2 (the reference BLAS 3.11
 * version: plain sum of squares for mid-range values), ddot in its order, and the back substitution of LAPACK's
 * dtrsm are those R runs.
 */
final class QrDecomposition {

    private static final double TOL = 1e-7;
    /** dnrm2's thresholds for mid-range values (Blue's constants for IEEE double). */
    private static final double TSML = 0x1p-511;
    private static final double TBIG = 0x1p486;
    private static final double SSML = 0x1p537;

    private final int n;
    private final int p;
    private final int rank;
    /** qr.Q (n x p, 0-based [row][column]) and qr.R (p x p, upper triangle). */
    private final double[][] q;
    private final double[][] r;

    private QrDecomposition(int n, int p, int rank, double[][] q, double[][] r) {
        this.n = n;
        this.p = p;
        this.rank = rank;
        this.q = q;
        this.r = r;
    }

    static QrDecomposition of(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        // 1-based copies, a[i][j] = X(i, j)
        double[][] a = new double[n + 1][p + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= p; j++) {
                a[i][j] = x[i - 1][j - 1];
            }
        }
        double[] qraux = new double[p + 1];
        double[] work1 = new double[p + 1];
        double[] work2 = new double[p + 1];
        int rank = dqrdc2(a, n, p, qraux, work1, work2);
        double[][] q = new double[n][p];
        double[] column = new double[n + 1];
        for (int j = 1; j <= p; j++) {
            java.util.Arrays.fill(column, 0);
            if (j <= n) {
                column[j] = 1;
            }
            qy(a, n, rank, qraux, column);
            for (int i = 1; i <= n; i++) {
                q[i - 1][j - 1] = column[i];
            }
        }
        double[][] r = new double[p][p];
        for (int i = 1; i <= Math.min(n, p); i++) {
            for (int j = i; j <= p; j++) {
                r[i - 1][j - 1] = a[i][j];
            }
        }
        return new QrDecomposition(n, p, rank, q, r);
    }

    int rank() {
        return rank;
    }

    /** qr.Q[i, j], 0-based. */
    double q(int i, int j) {
        return q[i][j];
    }

    /** qr.R[i, j], 0-based (0 below the diagonal). */
    double r(int i, int j) {
        return r[i][j];
    }

    /**
     * solve(R, t(Q) %*% y): Q'y summed over the samples in order (BLAS dgemm), then back substitution by
     * columns as dtrsm does it (dgesv's LU of the triangular R has no pivots and unit multipliers of 0).
     */
    double[] solve(double[] y) {
        double[] b = new double[p];
        for (int i = 0; i < p; i++) {
            double s = 0;
            for (int l = 0; l < n; l++) {
                s += y[l] * q[l][i];
            }
            b[i] = s;
        }
        for (int k = p - 1; k >= 0; k--) {
            if (b[k] != 0) {
                b[k] = b[k] / r[k][k];
                for (int i = 0; i < k; i++) {
                    b[i] = b[i] - b[k] * r[i][k];
                }
            }
        }
        return b;
    }

    /** dqrdc2 on the 1-based n x p matrix a (overwritten by the compact QR); returns the rank. */
    private static int dqrdc2(double[][] a, int n, int p, double[] qraux, double[] work1, double[] work2) {
        int[] jpvt = new int[p + 1];
        for (int j = 1; j <= p; j++) {
            jpvt[j] = j;
        }
        if (n > 0) {
            for (int j = 1; j <= p; j++) {
                qraux[j] = dnrm2(a, 1, n, j);
                work1[j] = qraux[j];
                work2[j] = qraux[j];
                if (work2[j] == 0) {
                    work2[j] = 1;
                }
            }
        }
        int lup = Math.min(n, p);
        int k = p + 1;
        for (int l = 1; l <= lup; l++) {
            // move nearly collinear columns to the end
            while (!(l >= k || qraux[l] >= work2[l] * TOL)) {
                for (int i = 1; i <= n; i++) {
                    double t = a[i][l];
                    for (int j = l + 1; j <= p; j++) {
                        a[i][j - 1] = a[i][j];
                    }
                    a[i][p] = t;
                }
                int i = jpvt[l];
                double t = qraux[l];
                double tt = work1[l];
                double ttt = work2[l];
                for (int j = l + 1; j <= p; j++) {
                    jpvt[j - 1] = jpvt[j];
                    qraux[j - 1] = qraux[j];
                    work1[j - 1] = work1[j];
                    work2[j - 1] = work2[j];
                }
                jpvt[p] = i;
                qraux[p] = t;
                work1[p] = tt;
                work2[p] = ttt;
                k--;
            }
            if (l == n) {
                break;
            }
            double nrmxl = dnrm2(a, l, n, l);
            if (nrmxl == 0) {
                continue;
            }
            if (a[l][l] != 0) {
                nrmxl = Math.copySign(nrmxl, a[l][l]);
            }
            double scale = 1.0 / nrmxl;
            for (int i = l; i <= n; i++) {
                a[i][l] = scale * a[i][l];
            }
            a[l][l] = 1.0 + a[l][l];
            for (int j = l + 1; j <= p; j++) {
                double dot = 0;
                for (int i = l; i <= n; i++) {
                    dot += a[i][l] * a[i][j];
                }
                double t = -dot / a[l][l];
                if (t != 0) {
                    for (int i = l; i <= n; i++) {
                        a[i][j] += t * a[i][l];
                    }
                }
                if (qraux[j] == 0) {
                    continue;
                }
                double ratio = Math.abs(a[l][j]) / qraux[j];
                double tt = 1.0 - ratio * ratio;
                tt = Math.max(tt, 0.0);
                if (Math.abs(tt) < 1e-6) {
                    qraux[j] = dnrm2(a, l + 1, n, j);
                    work1[j] = qraux[j];
                } else {
                    qraux[j] = qraux[j] * Math.sqrt(tt);
                }
            }
            qraux[l] = a[l][l];
            a[l][l] = -nrmxl;
        }
        return Math.min(k - 1, n);
    }

    /** dqrsl's Q y (job 10000) for the first rank reflections, y 1-based and overwritten. */
    private static void qy(double[][] a, int n, int k, double[] qraux, double[] y) {
        int ju = Math.min(k, n - 1);
        if (ju == 0) {
            return;
        }
        for (int jj = 1; jj <= ju; jj++) {
            int j = ju - jj + 1;
            if (qraux[j] == 0) {
                continue;
            }
            double temp = a[j][j];
            a[j][j] = qraux[j];
            double dot = 0;
            for (int i = j; i <= n; i++) {
                dot += a[i][j] * y[i];
            }
            double t = -dot / a[j][j];
            if (t != 0) {
                for (int i = j; i <= n; i++) {
                    y[i] += t * a[i][j];
                }
            }
            a[j][j] = temp;
        }
    }

    /** dnrm2 of a[from..to][column] as the reference BLAS 3.11 computes it (Blue's three accumulators). */
    private static double dnrm2(double[][] a, int from, int to, int column) {
        double asml = 0;
        double amed = 0;
        double abig = 0;
        for (int i = from; i <= to; i++) {
            double ax = Math.abs(a[i][column]);
            if (ax > TBIG) {
                abig += (ax * 0x1p-537) * (ax * 0x1p-537);
            } else if (ax < TSML) {
                asml += (ax * SSML) * (ax * SSML);
            } else {
                amed += ax * ax;
            }
        }
        if (abig > 0) {
            throw new IllegalArgumentException("design matrix entries beyond 2^486");
        }
        if (asml > 0) {
            if (amed > 0) {
                double med = Math.sqrt(amed);
                double sml = Math.sqrt(asml) / SSML;
                double ymin = sml > med ? med : sml;
                double ymax = sml > med ? sml : med;
                double ratio = ymin / ymax;
                return Math.sqrt(ymax * ymax * (1 + ratio * ratio));
            }
            return Math.sqrt(asml) / SSML;
        }
        return Math.sqrt(amed);
    }
}
