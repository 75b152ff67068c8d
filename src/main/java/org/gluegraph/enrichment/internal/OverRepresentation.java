package org.gluegraph.enrichment.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.gluegraph.shared.BenjaminiHochberg;

/**
 * Over-representation analysis: for each set, a one-sided hypergeometric test of the overlap between the query
 * and the set, both counted within the universe (N genes, K of them in the set, n of them in the query).
 * Sets whose size within the universe lies outside [minSize, maxSize] are not tested; Benjamini-Hochberg runs
 * over the sets tested. Results are ordered by p-value, then set id.
 */
public final class OverRepresentation {

    public record Result(GeneSet set, int setSize, int overlap, double expected, double foldEnrichment,
            double pValue, double padj, int[] overlapGenes) {
    }

    public record Outcome(int querySize, int universeSize, int setsTested, List<Result> results) {
    }

    private OverRepresentation() {
    }

    /** @param query genes of the query, all inside {@code universe} (the caller reports the others) */
    public static Outcome run(List<GeneSet> sets, BitSet query, BitSet universe, int minSize, int maxSize) {
        if (minSize < 1 || maxSize < minSize) {
            throw new EnrichmentInputException("minSize/maxSize: expected 1 <= minSize <= maxSize, got " + minSize
                    + " and " + maxSize);
        }
        BitSet q = (BitSet) query.clone();
        q.and(universe);
        int bigN = universe.cardinality();
        int n = q.cardinality();
        if (n == 0) {
            throw new EnrichmentInputException("genes: none of the query genes is in the universe");
        }
        if (bigN < n) {
            throw new EnrichmentInputException("universe: smaller than the query");
        }
        Hypergeometric hyper = new Hypergeometric(bigN);
        List<GeneSet> tested = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<int[]> overlaps = new ArrayList<>();
        org.gluegraph.shared.Budget budget = org.gluegraph.shared.Budget.current();
        for (GeneSet s : sets) {
            if ((tested.size() & 255) == 0) {
                budget.check(); // (stops with its request)
            }
            int bigK = 0;
            int k = 0;
            int[] ov = new int[s.members().length];
            for (int m : s.members()) {
                if (universe.get(m)) {
                    bigK++;
                    if (q.get(m)) {
                        ov[k++] = m;
                    }
                }
            }
            if (bigK < minSize || bigK > maxSize) {
                continue;
            }
            tested.add(s);
            counts.add(new int[] {bigK, k});
            overlaps.add(java.util.Arrays.copyOf(ov, k));
        }
        double[] p = new double[tested.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = hyper.upperTail(counts.get(i)[1], bigN, counts.get(i)[0], n);
        }
        double[] padj = BenjaminiHochberg.adjust(p);
        List<Result> results = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            int bigK = counts.get(i)[0];
            int k = counts.get(i)[1];
            double expected = (double) n * bigK / bigN;
            results.add(new Result(tested.get(i), bigK, k, expected, k / expected, p[i], padj[i], overlaps.get(i)));
        }
        results.sort(Comparator.comparingDouble(Result::pValue).thenComparing(r -> r.set().id()));
        return new Outcome(n, bigN, p.length, results);
    }
}
