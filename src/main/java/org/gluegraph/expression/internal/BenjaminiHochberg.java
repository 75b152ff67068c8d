package org.gluegraph.expression.internal;

import java.util.Arrays;
import java.util.Comparator;

/** R's p.adjust(p, "BH"): NaN (NA) p-values are ignored and stay NaN; n is the number of non-NA values. */
final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    static double[] adjust(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] idx = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .toArray(Integer[]::new);
        int n = idx.length;
        // decreasing p; ties keep index order as R's order(decreasing = TRUE) does
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        double running = Double.POSITIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            int rank = n - r;
            running = Math.min(running, (double) n / rank * p[idx[r]]);
            out[idx[r]] = Math.min(1, running);
        }
        return out;
    }
}
