package org.gluegraph.expression.internal;

/**
 * R's default uniform generator, so that a procedure that calls set.seed() and draws (DESeq2's prior-width
 * simulation) gives the numbers R gives: the Mersenne-Twister MT19937 of Matsumoto and Nishimura, seeded the way
 * R's set.seed(seed) seeds it (R 4.2, src/main/RNG.c): the integer seed is scrambled by 50 steps of the
 * congruential generator seed = 69069 seed + 1 (mod 2^32), the next 625 steps fill R's seed vector (its first
 * word, the position, is then set to 624 so that the first draw regenerates the state), and unif_rand() is the
 * tempered 32-bit word times 2^-32, moved off 0 and 1 as R's fixup does. Not thread-safe: one stream, one user.
 */
final class RRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    /** 1 / (2^32 - 1), R's i2_32m1: fixup's replacement of 0 and 1. */
    private static final double I2_32M1 = 2.328306437080797e-10;

    private final int[] mt = new int[N];
    private int mti;

    private RRandom() {
    }

    /** The state R has after set.seed(seed) with RNGkind("Mersenne-Twister"). */
    static RRandom setSeed(int seed) {
        RRandom r = new RRandom();
        int s = seed;
        for (int j = 0; j < 50; j++) {
            s = 69069 * s + 1;
        }
        // R's seed vector is (position, mt[0..623]); the position word is drawn too, then reset to 624
        s = 69069 * s + 1;
        for (int j = 0; j < N; j++) {
            s = 69069 * s + 1;
            r.mt[j] = s;
        }
        r.mti = N;
        return r;
    }

    /** An independent stream in the same state: it draws what this one would draw next. */
    RRandom copy() {
        RRandom r = new RRandom();
        System.arraycopy(mt, 0, r.mt, 0, N);
        r.mti = mti;
        return r;
    }

    /** Moves the stream past n draws of unif_rand() without computing them. */
    void skip(long n) {
        long left = n;
        while (left > 0) {
            if (mti >= N) {
                regenerate();
            }
            int step = (int) Math.min(left, N - mti);
            mti += step;
            left -= step;
        }
    }

    /** unif_rand(): uniform on (0, 1). */
    double unifRand() {
        if (mti >= N) {
            regenerate();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        double value = (y & 0xffffffffL) * 2.3283064365386963e-10;
        // R's fixup: never exactly 0 (1 cannot occur from 32-bit words times 2^-32)
        return value <= 0.0 ? 0.5 * I2_32M1 : value;
    }

    private void regenerate() {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        mti = 0;
    }
}
