package org.gluegraph.expression.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * R's arithmetic where DESeq2's answer depends on its last bits: lgammafn for arguments above 10 as R's nmath
 * computes it (Stirling's formula with the lgammacor Chebyshev correction, no correction above 4934720), and a
 * correctly rounded exp, as glibc's exp is in practice (Java's Math.exp is off by one unit in the last place for
 * about 0.2% of arguments).
 */
final class RMath {

    private static final double M_LN_SQRT_2PI = 0.918938533204672741780329736406;
    private static final double[] ALGMCS = {
            +.1666389480451863247205729650822e+0,
            -.1384948176067563840732986059135e-4,
            +.9810825646924729426157171547487e-8,
            -.1809129475572494194263306266719e-10,
            +.6221098041892605227126015543416e-13};
    private static final double XBIG = 94906265.62425156;
    private static final MathContext MC = new MathContext(40);

    private RMath() {
    }

    /** R's lgammafn(x) for x > 10, operation for operation. */
    static double lgammaLarge(double x) {
        if (!(x > 10)) {
            throw new IllegalArgumentException("lgammaLarge needs x > 10, got " + x);
        }
        if (x > 1e17) {
            return x * (Math.log(x) - 1.);
        }
        if (x > 4934720.) {
            return M_LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x;
        }
        return M_LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x + lgammacor(x);
    }

    private static double lgammacor(double x) {
        if (x < XBIG) {
            double tmp = 10 / x;
            return chebyshevEval(tmp * tmp * 2 - 1, ALGMCS, ALGMCS.length) / x;
        }
        return 1 / (x * 12);
    }

    private static double chebyshevEval(double x, double[] a, int n) {
        double twox = x * 2;
        double b2 = 0;
        double b1 = 0;
        double b0 = 0;
        for (int i = 1; i <= n; i++) {
            b2 = b1;
            b1 = b0;
            b0 = twox * b1 - b2 + a[n - i];
        }
        return (b0 - b2) * 0.5;
    }

    /** exp(x) correctly rounded: Math.exp's value or a neighbour, whichever is nearest the exact value. */
    static double exp(double x) {
        double e = Math.exp(x);
        if (!(e > Double.MIN_NORMAL) || Double.isInfinite(e)) {
            return e;
        }
        BigDecimal exact = expExact(x);
        double best = e;
        BigDecimal bestErr = new BigDecimal(e).subtract(exact).abs();
        for (double c : new double[]{Math.nextDown(e), Math.nextUp(e)}) {
            BigDecimal err = new BigDecimal(c).subtract(exact).abs();
            if (err.compareTo(bestErr) < 0) {
                best = c;
                bestErr = err;
            }
        }
        return best;
    }

    /** exp to 40 digits: Taylor series of x / 2^k, squared k times. */
    private static BigDecimal expExact(double x) {
        int k = Math.max(0, Math.getExponent(x) + 12);
        BigDecimal r = new BigDecimal(x).divide(BigDecimal.valueOf(2).pow(k), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int i = 1; i < 40; i++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(i), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(new BigDecimal("1e-45")) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }
}
