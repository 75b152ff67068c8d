package org.gluegraph.expression.internal;

import java.util.Arrays;

/**
 * Cleveland's LOWESS as R's lowess() computes it (locally linear, tricube weights, bisquare robustness
 * iterations, interpolation within delta). Used by independent filtering to smooth rejections over the filter
 * quantiles, where the chosen threshold depends on the smooth.
 */
final class Lowess {

    private Lowess() {
    }

    /** Smoothed values at x (x sorted ascending), like lowess(x, y, f, iter)$y. */
    static double[] smooth(double[] x, double[] y, double f, int iterations) {
        int n = x.length;
        double[] ys = new double[n];
        if (n < 2) {
            ys[0] = y[0];
            return ys;
        }
        double delta = 0.01 * (x[n - 1] - x[0]);
        int ns = Math.max(2, Math.min(n, (int) (f * n + 1e-7)));
        double[] rw = new double[n];
        double[] res = new double[n];
        double[] w = new double[n];
        for (int iter = 1; iter <= iterations + 1; iter++) {
            int nleft = 0;
            int nright = ns - 1;
            int last = -1;
            int i = 0;
            while (true) {
                if (nright < n - 1) {
                    double d1 = x[i] - x[nleft];
                    double d2 = x[nright + 1] - x[i];
                    if (d1 > d2) {
                        nleft++;
                        nright++;
                        continue;
                    }
                }
                boolean ok = lowest(x, y, n, x[i], ys, i, nleft, nright, w, iter > 1, rw);
                if (!ok) {
                    ys[i] = y[i];
                }
                if (last < i - 1) {
                    double denom = x[i] - x[last];
                    for (int j = last + 1; j < i; j++) {
                        double alpha = (x[j] - x[last]) / denom;
                        ys[j] = alpha * ys[i] + (1 - alpha) * ys[last];
                    }
                }
                last = i;
                double cut = x[last] + delta;
                for (i = last + 1; i < n; i++) {
                    if (x[i] > cut) {
                        break;
                    }
                    if (x[i] == x[last]) {
                        ys[i] = ys[last];
                        last = i;
                    }
                }
                i = Math.max(last + 1, i - 1);
                if (last >= n - 1) {
                    break;
                }
            }
            double sc = 0;
            for (int k = 0; k < n; k++) {
                res[k] = y[k] - ys[k];
                sc += Math.abs(res[k]);
            }
            sc /= n;
            if (iter > iterations) {
                break;
            }
            double[] abs = new double[n];
            for (int k = 0; k < n; k++) {
                abs[k] = Math.abs(res[k]);
            }
            double[] sorted = abs.clone();
            Arrays.sort(sorted);
            int m1 = n / 2;
            double cmad;
            if (n % 2 == 0) {
                int m2 = n - m1 - 1;
                cmad = 3 * (sorted[m1] + sorted[m2]);
            } else {
                cmad = 6 * sorted[m1];
            }
            if (cmad < 1e-7 * sc) {
                break;
            }
            double c9 = 0.999 * cmad;
            double c1 = 0.001 * cmad;
            for (int k = 0; k < n; k++) {
                double r = abs[k];
                if (r <= c1) {
                    rw[k] = 1;
                } else if (r <= c9) {
                    double q = r / cmad;
                    rw[k] = (1 - q * q) * (1 - q * q);
                } else {
                    rw[k] = 0;
                }
            }
        }
        return ys;
    }

    private static boolean lowest(double[] x, double[] y, int n, double xs, double[] ys, int at, int nleft,
            int nright, double[] w, boolean userw, double[] rw) {
        double range = x[n - 1] - x[0];
        double h = Math.max(xs - x[nleft], x[nright] - xs);
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        int j = nleft;
        while (j < n) {
            w[j] = 0;
            double r = Math.abs(x[j] - xs);
            if (r <= h9) {
                if (r <= h1) {
                    w[j] = 1;
                } else {
                    double q = r / h;
                    double c = 1 - q * q * q;
                    w[j] = c * c * c;
                }
                if (userw) {
                    w[j] *= rw[j];
                }
                a += w[j];
            } else if (x[j] > xs) {
                break;
            }
            j++;
        }
        int nrt = j - 1;
        if (a <= 0) {
            return false;
        }
        for (j = nleft; j <= nrt; j++) {
            w[j] /= a;
        }
        if (h > 0) {
            a = 0;
            for (j = nleft; j <= nrt; j++) {
                a += w[j] * x[j];
            }
            double b = xs - a;
            double c = 0;
            for (j = nleft; j <= nrt; j++) {
                c += w[j] * (x[j] - a) * (x[j] - a);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (j = nleft; j <= nrt; j++) {
                    w[j] *= b * (x[j] - a) + 1;
                }
            }
        }
        double s = 0;
        for (j = nleft; j <= nrt; j++) {
            s += w[j] * y[j];
        }
        ys[at] = s;
        return true;
    }
}
