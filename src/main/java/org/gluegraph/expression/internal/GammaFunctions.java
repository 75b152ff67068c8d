package org.gluegraph.expression.internal;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * log-gamma and digamma for the dispersion likelihood, which evaluates them millions of times. Above 10 the
 * Stirling and asymptotic series (to x^-9) agree with the exact functions to about 1e-15 relative and are several
 * times cheaper; below 10 the argument is first shifted above 10 by the recurrences (one logarithm of a product,
 * or a short sum), which keeps the absolute error near 1e-15 (checked against commons-numbers in
 * GammaFunctionsTest). Non-positive arguments go to commons-numbers.
 */
final class GammaFunctions {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private GammaFunctions() {
    }

    static double logGamma(double x) {
        if (x < 10) {
            if (!(x > 0)) {
                return LogGamma.value(x);
            }
            // lgamma(x) = lgamma(x + n) - log(x (x + 1) ... (x + n - 1)), with x + n >= 10 for the series
            double prod = x;
            double shifted = x + 1;
            while (shifted < 10) {
                prod *= shifted;
                shifted += 1;
            }
            return stirling(shifted) - Math.log(prod);
        }
        return stirling(x);
    }

    private static double stirling(double x) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
    }

    static double digamma(double x) {
        if (x < 10) {
            if (!(x > 0)) {
                return Digamma.value(x);
            }
            // digamma(x) = digamma(x + n) - sum 1 / (x + k)
            double s = 0;
            double shifted = x;
            while (shifted < 10) {
                s += 1 / shifted;
                shifted += 1;
            }
            return asymptotic(shifted) - s;
        }
        return asymptotic(x);
    }

    private static double asymptotic(double x) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132)))));
        return Math.log(x) - 0.5 * inv - series;
    }
}
