package org.gluegraph.shared;

/**
 * The one Benjamini-Hochberg: R's p.adjust(p, "BH"). NaN (NA) p-values are ignored and stay NaN; n is the number of
 * non-NA values. Used by the DESeq2 engine (with independent filtering) and by enrichment.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    public static double[] adjust(double[] p) {
        return adjustSorted(p, Order.ascending(p), null);
    }

    /**
     * BH over the genes listed in {@code ascending} (sorted by p) that pass {@code keep} (all if null); the others
     * stay NaN. Lets independent filtering sort once and adjust 50 subsets.
     */
    public static double[] adjustSorted(double[] p, int[] ascending, boolean[] keep) {
        double[] out = new double[p.length];
        java.util.Arrays.fill(out, Double.NaN);
        int n = 0;
        for (int i : ascending) {
            if (keep == null || keep[i]) {
                n++;
            }
        }
        double running = Double.POSITIVE_INFINITY;
        int rank = n;
        for (int r = ascending.length - 1; r >= 0; r--) {
            int i = ascending[r];
            if (keep != null && !keep[i]) {
                continue;
            }
            running = Math.min(running, (double) n / rank * p[i]);
            out[i] = Math.min(1, running);
            rank--;
        }
        return out;
    }
}
