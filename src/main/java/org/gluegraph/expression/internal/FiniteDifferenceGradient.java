package org.gluegraph.expression.internal;

import java.util.Arrays;

/**
 * The gradient optim uses when it is given none (R 4.2.2, fmingr in src/library/stats/src/optim.c, with
 * parscale and fnscale 1): central differences (f(x + h e_i) - f(x - h e_i)) / 2h with h = ndeps (default 1e-3)
 * on the parameter scale; for L-BFGS-B a side that would cross a bound is cut back to the bound and the divisor
 * is the width actually used. DESeq2 passes no gradient to optim, so its refits follow these differences.
 */
final class FiniteDifferenceGradient implements LbfgsB.Gradient {

    static final double NDEPS = 1e-3;

    private final LbfgsB.Objective fn;
    private final double[] lower;
    private final double[] upper;
    private final double[] ndeps;

    FiniteDifferenceGradient(LbfgsB.Objective fn, double[] lower, double[] upper) {
        this(fn, lower, upper, filled(lower.length, NDEPS));
    }

    FiniteDifferenceGradient(LbfgsB.Objective fn, double[] lower, double[] upper, double[] ndeps) {
        if (upper.length != lower.length || ndeps.length != lower.length) {
            throw new IllegalArgumentException("'ndeps' is of the wrong length");
        }
        this.fn = fn;
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.ndeps = ndeps.clone();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    @Override
    public void gradient(double[] p, double[] df) {
        double[] x = p.clone();
        for (int i = 0; i < p.length; i++) {
            double eps = ndeps[i];
            double epsUsed = eps;
            double tmp = p[i] + eps;
            if (tmp > upper[i]) {
                tmp = upper[i];
                epsUsed = tmp - p[i];
            }
            x[i] = tmp;
            double val1 = fn.value(x);
            tmp = p[i] - eps;
            if (tmp < lower[i]) {
                tmp = lower[i];
                eps = p[i] - tmp;
            }
            x[i] = tmp;
            double val2 = fn.value(x);
            df[i] = (val1 - val2) / (epsUsed + eps);
            if (!Double.isFinite(df[i])) {
                throw new IllegalStateException("non-finite finite-difference value [" + (i + 1) + "]");
            }
            x[i] = p[i];
        }
    }
}
