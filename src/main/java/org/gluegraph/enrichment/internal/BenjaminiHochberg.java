package org.gluegraph.enrichment.internal;

import java.util.Arrays;
import java.util.Comparator;

/** R's p.adjust(p, "BH") over the tests given (no NA among them). */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    public static double[] adjust(double[] p) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        double[] out = new double[n];
        double running = Double.POSITIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            int rank = n - r;
            running = Math.min(running, (double) n / rank * p[order[r]]);
            out[order[r]] = Math.min(1, running);
        }
        return out;
    }
}
