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

    /** As {@link #logGamma(double)}, also leaving in logs[at] the logarithm it took, for {@link #digamma(double, double)}. */
    static double logGamma(double x, double[] logs, int at) {
        if (x < 10) {
            if (!(x > 0)) {
                logs[at] = Double.NaN;
                return LogGamma.value(x);
            }
            double prod = x;
            double shifted = x + 1;
            while (shifted < 10) {
                prod *= shifted;
                shifted += 1;
            }
            double log = Math.log(shifted);
            logs[at] = log;
            return stirling(shifted, log) - Math.log(prod);
        }
        double log = Math.log(x);
        logs[at] = log;
        return stirling(x, log);
    }

    private static double stirling(double x) {
        return stirling(x, Math.log(x));
    }

    private static double stirling(double x, double logX) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188)))));
        return (x - 0.5) * logX - x + HALF_LOG_2PI + series;
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

    /** digamma(x) given the logarithm {@link #logGamma(double, double[], int)} left for the same x. */
    static double digamma(double x, double logShifted) {
        if (x < 10) {
            if (!(x > 0)) {
                return Digamma.value(x);
            }
            double s = 0;
            double shifted = x;
            while (shifted < 10) {
                s += 1 / shifted;
                shifted += 1;
            }
            return asymptotic(shifted, logShifted) - s;
        }
        return asymptotic(x, logShifted);
    }

    private static double asymptotic(double x) {
        return asymptotic(x, Math.log(x));
    }

    private static double asymptotic(double x, double logX) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132)))));
        return logX - 0.5 * inv - series;
    }
}
