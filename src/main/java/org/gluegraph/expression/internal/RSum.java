package org.gluegraph.expression.internal;

import java.math.BigInteger;

/**
 * sum() of a double vector as R computes it on x86-64: accumulated in a C long double (the x87 80-bit format, a
 * 64-bit significand, each addition rounded to nearest, ties to even) and rounded to double at the end. The
 * accumulator is held exactly as an integer times a power of two, so the result is R's bit for bit; a plain double
 * loop can differ in the last bits (sum(c(1, 2^-60, -1)) is 2^-60 in R, 0 in double). Meant for short vectors
 * (each addition allocates).
 */
final class RSum {

    private static final int LONG_DOUBLE_DIGITS = 64;
    private static final int DOUBLE_DIGITS = 53;

    private RSum() {
    }

    static double sum(double[] x, int n) {
        BigInteger acc = BigInteger.ZERO; // value = acc * 2^exp
        int exp = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (!Double.isFinite(v)) {
                return plainSum(x, n); // infinities and NaN propagate the same way in either format
            }
            if (v == 0) {
                continue;
            }
            long bits = Double.doubleToRawLongBits(v);
            int biased = (int) ((bits >>> 52) & 0x7ff);
            long mantissa = bits & 0xfffffffffffffL;
            int e;
            if (biased == 0) {
                e = -1074;
            } else {
                mantissa |= 1L << 52;
                e = biased - 1075;
            }
            BigInteger m = BigInteger.valueOf(v < 0 ? -mantissa : mantissa);
            if (acc.signum() == 0) {
                acc = m;
                exp = e;
            } else if (e < exp) {
                acc = acc.shiftLeft(exp - e).add(m);
                exp = e;
            } else {
                acc = acc.add(m.shiftLeft(e - exp));
            }
            if (acc.signum() == 0) {
                exp = 0;
                continue;
            }
            int excess = acc.abs().bitLength() - LONG_DOUBLE_DIGITS;
            if (excess > 0) {
                acc = roundRight(acc, excess);
                exp += excess;
            }
        }
        if (acc.signum() == 0) {
            return 0.0;
        }
        // to double: 53 significant bits, fewer where the result is subnormal
        int length = acc.abs().bitLength();
        int drop = length - DOUBLE_DIGITS;
        int lowestExponent = -1074;
        if (exp + drop < lowestExponent) {
            drop = lowestExponent - exp;
        }
        if (drop > 0) {
            acc = roundRight(acc, drop);
            exp += drop;
        }
        double magnitude = Math.scalb((double) acc.abs().longValueExact(), exp);
        return acc.signum() < 0 ? -magnitude : magnitude;
    }

    /** acc / 2^k rounded to nearest, ties to even (on the magnitude, sign kept). */
    private static BigInteger roundRight(BigInteger acc, int k) {
        BigInteger abs = acc.abs();
        BigInteger q = abs.shiftRight(k);
        BigInteger rem = abs.subtract(q.shiftLeft(k));
        int cmp = rem.compareTo(BigInteger.ONE.shiftLeft(k - 1));
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return acc.signum() < 0 ? q.negate() : q;
    }

    private static double plainSum(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        return s;
    }
}
