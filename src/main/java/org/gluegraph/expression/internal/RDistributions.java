package org.gluegraph.expression.internal;

/**
 * R's random variates on an {@link RRandom} stream, drawing the same uniforms in the same order as R 4.2's nmath
 * (src/nmath): norm_rand by inversion (R's default normal.kind: two uniforms u1, u2, qnorm(((int) (2^27 u1) + u2) /
 * 2^27)), exp_rand (Ahrens and Dieter 1972), rgamma (Ahrens and Dieter 1974 GS for shape &lt; 1, 1982 GD for shape
 * &gt;= 1), rchisq(df) = rgamma(df / 2, 2) and rnorm. The arithmetic is R's, operation for operation; only the
 * elementary functions (log, exp, expm1) are Java's, which differ from glibc's in the last bit for a small fraction
 * of arguments (measured on 2 million: 1 in 17,000 for log, 1 in 400 for exp), so a variate can differ from R's by one unit in the
 * last place; the number of uniforms each draw takes is R's (a decision would have to fall within an ulp). Holds
 * rgamma's per-shape constants as R keeps them between calls; like the stream, not thread-safe.
 */
final class RDistributions {

    private static final double BIG = 134217728; // 2^27

    private final RRandom random;

    // rgamma's constants for the last shape, as R's static variables (GD steps 1 and 4)
    private double aa;
    private double aaa;
    private double s;
    private double s2;
    private double d;
    private double q0;
    private double b;
    private double si;
    private double c;

    RDistributions(RRandom random) {
        this.random = random;
    }

    RRandom random() {
        return random;
    }

    /** norm_rand() with normal.kind "Inversion". */
    double normRand() {
        double u1 = random.unifRand();
        u1 = (int) (BIG * u1) + random.unifRand();
        // qnorm(p, 0, 1) for p strictly inside (0, 1): mu + sigma * value = 0.0 + value
        return 0.0 + qnormInterior(u1 / BIG);
    }

    /** rnorm(1, mu, sigma): mu + sigma norm_rand(); sigma 0 gives mu without a draw, as in R. */
    double rnorm(double mu, double sigma) {
        if (Double.isNaN(mu) || !Double.isFinite(sigma) || sigma < 0) {
            return Double.NaN;
        }
        if (sigma == 0 || !Double.isFinite(mu)) {
            return mu;
        }
        return mu + sigma * normRand();
    }

    /**
     * Moves the stream past rnorm(n, mu, sigma) without computing it: two uniforms per draw (inversion), none
     * where rnorm returns mu or NaN without drawing.
     */
    void skipRnorm(int n, double mu, double sigma) {
        if (!Double.isNaN(mu) && Double.isFinite(sigma) && sigma > 0 && Double.isFinite(mu)) {
            random.skip(2L * n);
        }
    }

    /** rchisq(n, df) into out[0..n). */
    void rchisq(double df, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = rchisq(df);
        }
    }

    /** rchisq(1, df) = rgamma(df / 2, scale 2). */
    double rchisq(double df) {
        if (!Double.isFinite(df) || df < 0) {
            return Double.NaN;
        }
        return rgamma(df / 2.0, 2.0);
    }

    /** exp_rand(): standard exponential (Ahrens and Dieter 1972, algorithm SA). */
    double expRand() {
        double a = 0;
        double u = random.unifRand();
        while (u <= 0 || u >= 1) {
            u = random.unifRand();
        }
        for (;;) {
            u += u;
            if (u > 1) {
                break;
            }
            a += EXP_Q[0];
        }
        u -= 1;
        if (u <= EXP_Q[0]) {
            return a + u;
        }
        int i = 0;
        double ustar = random.unifRand();
        double umin = ustar;
        do {
            ustar = random.unifRand();
            if (umin > ustar) {
                umin = ustar;
            }
            i++;
        } while (u > EXP_Q[i]);
        return a + umin * EXP_Q[0];
    }

    /** q[k-1] = sum over j = 1..k of log(2)^j / j!, as in R's sexp.c (the last is 1 in double precision). */
    private static final double[] EXP_Q = {0.6931471805599453, 0.9333736875190459, 0.9888777961838675,
        0.9984959252914960, 0.9998292811061389, 0.9999833164100727, 0.9999985691438767, 0.9999998906925558,
        0.9999999924734159, 0.9999999995283275, 0.9999999999728814, 0.9999999999985598, 0.9999999999999289,
        0.9999999999999968, 0.9999999999999999, 1.0000000000000000};

    /** rgamma(1, shape a, scale). */
    double rgamma(double a, double scale) {
        if (Double.isNaN(a) || Double.isNaN(scale)) {
            return Double.NaN;
        }
        if (a <= 0 || scale <= 0) {
            return scale == 0 || a == 0 ? 0 : Double.NaN;
        }
        if (!Double.isFinite(a) || !Double.isFinite(scale)) {
            return Double.POSITIVE_INFINITY;
        }
        if (a < 1) {
            return scale * gammaSmallShape(a);
        }
        return scale * gammaLargeShape(a);
    }

    /** GS algorithm (Ahrens and Dieter 1974) for 0 &lt; a &lt; 1. */
    private double gammaSmallShape(double a) {
        double e = 1.0 + EXP_M1 * a;
        for (;;) {
            double p = e * random.unifRand();
            if (p >= 1.0) {
                double x = -Math.log((e - p) / a);
                if (expRand() >= (1.0 - a) * Math.log(x)) {
                    return x;
                }
            } else {
                double x = Math.exp(Math.log(p) / a);
                if (expRand() >= x) {
                    return x;
                }
            }
        }
    }

    private static final double EXP_M1 = 0.36787944117144232159; // exp(-1)
    private static final double SQRT32 = 5.656854;
    private static final double Q1 = 0.04166669;
    private static final double Q2 = 0.02083148;
    private static final double Q3 = 0.00801191;
    private static final double Q4 = 0.00144121;
    private static final double Q5 = -7.388e-5;
    private static final double Q6 = 2.4511e-4;
    private static final double Q7 = 2.424e-4;
    private static final double A1 = 0.3333333;
    private static final double A2 = -0.250003;
    private static final double A3 = 0.2000062;
    private static final double A4 = -0.1662921;
    private static final double A5 = 0.1423657;
    private static final double A6 = -0.1367177;
    private static final double A7 = 0.1233795;

    /** GD algorithm (Ahrens and Dieter 1982) for a &gt;= 1, with R's constants; returns the variate for scale 1. */
    private double gammaLargeShape(double a) {
        // step 1: s2, s, d for this shape
        if (a != aa) {
            aa = a;
            s2 = a - 0.5;
            s = Math.sqrt(s2);
            d = SQRT32 - s * 12.0;
        }
        // step 2: t standard normal, x = s + t/2; immediate acceptance
        double t = normRand();
        double x = s + 0.5 * t;
        double retVal = x * x;
        if (t >= 0.0) {
            return retVal;
        }
        // step 3: squeeze acceptance
        double u = random.unifRand();
        if (d * u <= t * t * t) {
            return retVal;
        }
        // step 4: q0, b, si, c for this shape
        if (a != aaa) {
            aaa = a;
            double r = 1.0 / a;
            q0 = ((((((Q7 * r + Q6) * r + Q5) * r + Q4) * r + Q3) * r + Q2) * r + Q1) * r;
            if (a <= 3.686) {
                b = 0.463 + s + 0.178 * s2;
                si = 1.235;
                c = 0.195 / s - 0.079 + 0.16 * s;
            } else if (a <= 13.022) {
                b = 1.654 + 0.0076 * s2;
                si = 1.68 / s + 0.275;
                c = 0.062 / s + 0.024;
            } else {
                b = 1.77;
                si = 0.75;
                c = 0.1515 / s;
            }
        }
        // steps 5-7: quotient acceptance when x > 0
        if (x > 0.0) {
            double q = quotient(t);
            if (Math.log(1.0 - u) <= q) {
                return retVal;
            }
        }
        // steps 8-11: double exponential rejection
        for (;;) {
            double e = expRand();
            u = random.unifRand();
            u = u + u - 1.0;
            t = u < 0.0 ? b - si * e : b + si * e;
            if (t >= -0.71874483771719) {
                double q = quotient(t);
                if (q > 0.0 && hatAccepts(q, c * Math.abs(u), Math.exp(e - 0.5 * t * t))) {
                    break;
                }
            }
        }
        x = s + 0.5 * t;
        return x * x;
    }

    /**
     * GD's step 11, bound &lt;= expm1(q) exp(e - t^2 / 2). Math.expm1 is several times slower than Math.exp on this
     * JDK, so the test is first made with exp(q) - 1 (for q &gt;= 1e-3 within 3e-13 relative of expm1(q)) and
     * expm1 is called only when that is within 1e-12 of the bound: the decision is always the expm1 one.
     */
    private static boolean hatAccepts(double q, double bound, double factor) {
        if (q >= 1e-3) {
            double approx = (Math.exp(q) - 1) * factor;
            if (Double.isFinite(approx) && Math.abs(bound - approx) > 1e-12 * approx) {
                return bound <= approx;
            }
        }
        return bound <= Math.expm1(q) * factor;
    }

    /** GD's q(t) with the current shape's constants (steps 6 and 10). */
    private double quotient(double t) {
        double v = t / (s + s);
        if (Math.abs(v) <= 0.25) {
            return q0 + 0.5 * t * t * ((((((A7 * v + A6) * v + A5) * v + A4) * v + A3) * v + A2) * v + A1) * v;
        }
        return q0 - s * t + 0.25 * t * t + (s2 + s2) * Math.log(1.0 + v);
    }

    /**
     * qnorm(p, mu, sigma) for the lower tail, not on the log scale: Wichura's AS 241 (PPND16) as in R 4.2's
     * qnorm.c, with its three regions (|p - 0.5| &lt;= 0.425; r = sqrt(-log(min(p, 1 - p))) up to 5; beyond).
     */
    static double qnorm(double p, double mu, double sigma) {
        if (Double.isNaN(p) || Double.isNaN(mu) || Double.isNaN(sigma)) {
            return p + mu + sigma;
        }
        if (p < 0 || p > 1) {
            return Double.NaN;
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (sigma < 0) {
            return Double.NaN;
        }
        if (sigma == 0) {
            return mu;
        }
        return mu + sigma * qnormInterior(p);
    }

    /** AS 241 for 0 &lt; p &lt; 1 (no argument checks: the caller's p is inside). */
    private static double qnormInterior(double p) {
        double q = p - 0.5;
        double val;
        if (Math.abs(q) <= .425) {
            double r = .180625 - q * q;
            val = q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                    + 133.14166789178437745) * r + 3.387132872796366608)
                    / (((((((r * 5226.495278852854561 + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                    + 42.313330701600911252) * r + 1.);
        } else {
            double r = Math.log(q > 0 ? (0.5 - p + 0.5) : p);
            r = Math.sqrt(-r);
            if (r <= 5.) {
                r += -1.6;
                val = (((((((r * 7.7454501427834140764e-4 + .0227238449892691845833) * r + .24178072517745061177)
                        * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055)
                        * r + 4.6303378461565452959) * r + 1.42343711074968357734)
                        / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r
                        + .0151986665636164571966) * r + .14810397642748007459) * r + .68976733498510000455) * r
                        + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1.);
            } else if (r >= 816) {
                // only reachable on the log scale in R; kept so the branch structure is R's
                val = r * 1.414213562373095048801688724210;
            } else {
                r += -5.;
                val = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r
                        + .0012426609473880784386) * r + .026532189526576123093) * r + .29656057182850489123) * r
                        + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772)
                        / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r
                        + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + .0148753612908506148525)
                        * r + .13692988092273580531) * r + .59983220655588793769) * r + 1.);
            }
            if (q < 0.0) {
                val = -val;
            }
        }
        return val;
    }
}
