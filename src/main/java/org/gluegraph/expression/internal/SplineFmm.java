package org.gluegraph.expression.internal;

import java.util.Arrays;

/**
 * R's splinefun(x, y, method = "fmm"): the cubic interpolating spline of Forsythe, Malcolm and Moler, whose end
 * conditions match the third derivatives of the cubics through the first and last four points; outside the knots
 * the end cubics are extended. Knots must be increasing.
 */
final class SplineFmm {

    private final double[] x;
    private final double[] y;
    private final double[] b;
    private final double[] c;
    private final double[] d;

    SplineFmm(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            throw new IllegalArgumentException("a spline needs at least two knots");
        }
        this.x = x.clone();
        this.y = y.clone();
        b = new double[n];
        c = new double[n];
        d = new double[n];
        if (n < 3) {
            double t = (y[1] - y[0]) / (x[1] - x[0]);
            b[0] = b[1] = t;
            return;
        }
        int nm1 = n - 1;
        // tridiagonal system: b diagonal, d off-diagonal, c right-hand side
        d[0] = x[1] - x[0];
        c[1] = (y[1] - y[0]) / d[0];
        for (int i = 1; i < nm1; i++) {
            d[i] = x[i + 1] - x[i];
            b[i] = 2 * (d[i - 1] + d[i]);
            c[i + 1] = (y[i + 1] - y[i]) / d[i];
            c[i] = c[i + 1] - c[i];
        }
        b[0] = -d[0];
        b[nm1] = -d[n - 2];
        c[0] = 0;
        c[nm1] = 0;
        if (n > 3) {
            c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
            c[nm1] = c[n - 2] / (x[nm1] - x[n - 3]) - c[n - 3] / (x[n - 2] - x[n - 4]);
            c[0] = c[0] * d[0] * d[0] / (x[3] - x[0]);
            c[nm1] = -c[nm1] * d[n - 2] * d[n - 2] / (x[nm1] - x[n - 4]);
        }
        for (int i = 1; i <= nm1; i++) {
            double t = d[i - 1] / b[i - 1];
            b[i] = b[i] - t * d[i - 1];
            c[i] = c[i] - t * c[i - 1];
        }
        c[nm1] = c[nm1] / b[nm1];
        for (int i = n - 2; i >= 0; i--) {
            c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
        }
        b[nm1] = (y[nm1] - y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2 * c[nm1]);
        for (int i = 0; i < nm1; i++) {
            b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i]);
            d[i] = (c[i + 1] - c[i]) / d[i];
            c[i] = 3 * c[i];
        }
        c[nm1] = 3 * c[nm1];
        d[nm1] = d[n - 2];
    }

    double value(double u) {
        int i = Arrays.binarySearch(x, u);
        if (i < 0) {
            i = -i - 2;
        }
        i = Math.max(0, Math.min(i, x.length - 1));
        double dx = u - x[i];
        return y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]));
    }
}
