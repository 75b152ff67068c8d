package org.gluegraph.expression.internal;

import java.util.Arrays;

/**
 * hist(x, breaks, plot = FALSE) of R 4.2 (graphics' hist.default and its C_BinCount) for a given vector of
 * breaks, with the defaults right = TRUE, include.lowest = TRUE, fuzz = 1e-7: the breaks are moved by
 * 1e-7 times the median bin width (the first one down, the others up) so that a value within that of a break
 * counts in the bin to its left, bins are (b[k], b[k+1]] and the first also holds b[0]; the density of a bin is
 * its count / (n width), n being the number of finite values. As in R, a finite value outside the breaks is an
 * error.
 */
final class RHist {

    private final double[] breaks;
    private final double[] widths;
    private final double[] fuzzy;
    private final boolean equalWidths;

    /** @param breaks the break points, at least four, strictly increasing once sorted */
    RHist(double[] breaks) {
        if (breaks.length <= 3) {
            // R's fuzz for so few breaks depends on the range of x; not needed here, so not imitated
            throw new IllegalArgumentException("RHist needs at least four breaks, got " + breaks.length);
        }
        this.breaks = breaks.clone();
        Arrays.sort(this.breaks);
        int nb = this.breaks.length;
        widths = new double[nb - 1];
        for (int k = 0; k < nb - 1; k++) {
            widths[k] = this.breaks[k + 1] - this.breaks[k];
            if (!(widths[k] > 0)) {
                throw new IllegalArgumentException("hist breaks are not strictly increasing at " + this.breaks[k]);
            }
        }
        double diddle = 1e-7 * (nb > 5 ? median(widths) : minPositive(widths));
        fuzzy = new double[nb];
        for (int k = 0; k < nb; k++) {
            fuzzy[k] = this.breaks[k] + (k == 0 ? -diddle : diddle);
        }
        boolean equal = true;
        for (double w : widths) {
            equal &= w == widths[0];
        }
        equalWidths = equal;
    }

    int bins() {
        return widths.length;
    }

    /** $counts of the first n values of x (non-finite values are left out, as in R). */
    int[] counts(double[] x, int n) {
        int[] counts = new int[widths.length];
        addCounts(x, n, counts);
        return counts;
    }

    /** Adds the bin counts of the first n values of x to counts; returns the number of finite values (R's n). */
    int addCounts(double[] x, int n, int[] counts) {
        int finite = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (Double.isFinite(v)) {
                finite++;
                counts[bin(v)]++;
            }
        }
        return finite;
    }

    /**
     * The bin of a finite value (0-based), C_BinCount's: the one bin k with v &gt; fuzzy[k] (or k = 0) and
     * v &lt;= fuzzy[k + 1] (or k the last), found by bisection, or with equal widths from the first guess
     * (v - b[0]) / width moved to it. A value outside the breaks is an error, as in R.
     */
    int bin(double v) {
        int nb1 = fuzzy.length - 1;
        if (!(fuzzy[0] <= v && v <= fuzzy[nb1])) {
            throw new IllegalArgumentException("some 'x' not counted; maybe 'breaks' do not span range of 'x'"
                    + " (value " + v + ")");
        }
        int lo;
        if (equalWidths) {
            lo = Math.max(0, Math.min(nb1 - 1, (int) ((v - breaks[0]) / widths[0])));
            while (lo > 0 && !(v > fuzzy[lo])) {
                lo--;
            }
            while (lo < nb1 - 1 && v > fuzzy[lo + 1]) {
                lo++;
            }
        } else {
            lo = 0;
            int hi = nb1;
            while (hi - lo >= 2) {
                int mid = (hi + lo) >>> 1;
                if (v > fuzzy[mid]) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
        }
        return lo;
    }

    /** $density: count / (n width) with n the number of finite values counted (NaN when there are none, as R). */
    double[] density(int[] counts, int n) {
        double[] density = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            density[k] = counts[k] / (n * widths[k]);
        }
        return density;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double minPositive(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (v > 0) {
                m = Math.min(m, v);
            }
        }
        return m;
    }
}
