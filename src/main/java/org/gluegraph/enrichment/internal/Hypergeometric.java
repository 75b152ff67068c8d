package org.gluegraph.enrichment.internal;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The upper tail of the hypergeometric distribution, P(X >= k) when drawing n of N genes of which K are in the
 * set: R's phyper(k - 1, K, N - K, n, lower.tail = FALSE). The first term comes from log-factorials, the rest by
 * the ratio of successive terms, which keeps the relative error near 1e-12 even for tails of 1e-300.
 */
public final class Hypergeometric {

    private final double[] logFactorial;

    /** @param maxN the largest universe that will be asked about */
    public Hypergeometric(int maxN) {
        logFactorial = new double[maxN + 1];
        for (int i = 2; i <= maxN; i++) {
            logFactorial[i] = LogGamma.value(i + 1.0);
        }
    }

    public double upperTail(int k, int bigN, int bigK, int n) {
        if (bigK < 0 || n < 0 || bigK > bigN || n > bigN) {
            throw new IllegalArgumentException("invalid hypergeometric parameters N=" + bigN + " K=" + bigK + " n=" + n);
        }
        int lo = Math.max(0, n - (bigN - bigK));
        int hi = Math.min(bigK, n);
        if (k <= lo) {
            return 1;
        }
        if (k > hi) {
            return 0;
        }
        double logFirst = logChoose(bigK, k) + logChoose(bigN - bigK, n - k) - logChoose(bigN, n);
        double term = 1;
        double sum = 1;
        for (int x = k; x < hi; x++) {
            term *= (double) (bigK - x) * (n - x) / ((double) (x + 1) * (bigN - bigK - n + x + 1));
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return Math.min(1, Math.exp(logFirst) * sum);
    }

    private double logChoose(int a, int b) {
        return logFactorial[a] - logFactorial[b] - logFactorial[a - b];
    }
}
