package org.gluegraph.enrichment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.gluegraph.shared.BenjaminiHochberg;
import org.gluegraph.shared.Budget;
import org.gluegraph.shared.Parallel;

/**
 * Preranked GSEA (Subramanian et al. 2005): the weighted Kolmogorov-Smirnov running sum (weight 1: hits step up
 * by |score| / sum of |score| over the set's hits, misses step down by 1 / (N - hits)); the enrichment score is
 * its largest deviation from zero. Significance by gene-set permutation: random sets of the same size drawn
 * from the ranked list. The null of a set depends only on its size, so one null per distinct size is drawn, from
 * a random stream seeded by (seed, size): the same seed gives the same answer on any number of threads.
 * NES divides ES by the mean of the null scores of the same sign; p = (b + 1) / (m + 1) with b null scores at
 * least as extreme (same sign) among the m of that sign; BH over the sets tested.
 */
public final class PreRankedGsea {

    /**
     * hitPositions: 0-based positions of the set's genes in the ranked list; runningAtHits: the running sum just
     * after each of them (between two hits it falls by 1 / (n - setSize) a position): the whole walk, for a plot.
     */
    public record Result(GeneSet set, int setSize, double enrichmentScore, double nes, double pValue, double padj,
            int[] leadingEdge, int[] hitPositions, double[] runningAtHits) {
    }

    public record Outcome(int rankedGenes, int setsTested, List<Result> results) {
    }

    private PreRankedGsea() {
    }

    /**
     * @param ranked genes (indices) ordered from the highest score to the lowest
     * @param scores their scores, same order
     */
    public static Outcome run(List<GeneSet> sets, int[] ranked, double[] scores, int minSize, int maxSize,
            int permutations, long seed, int threads) {
        if (permutations < 100 || permutations > 1_000_000) {
            throw new EnrichmentInputException("permutations: expected 100 to 1000000, got " + permutations);
        }
        if (minSize < 1 || maxSize < minSize) {
            throw new EnrichmentInputException("minSize/maxSize: expected 1 <= minSize <= maxSize, got " + minSize
                    + " and " + maxSize);
        }
        int n = ranked.length;
        if (n < 2) {
            throw new EnrichmentInputException("ranked: at least two ranked genes are needed");
        }
        Map<Integer, Integer> position = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            position.put(ranked[i], i);
        }
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = Math.abs(scores[i]);
        }
        List<GeneSet> tested = new ArrayList<>();
        List<int[]> hits = new ArrayList<>();
        for (GeneSet s : sets) {
            int[] pos = Arrays.stream(s.members()).map(m -> position.getOrDefault(m, -1)).filter(p -> p >= 0)
                    .sorted().toArray();
            if (pos.length >= minSize && pos.length <= maxSize && pos.length < n) {
                tested.add(s);
                hits.add(pos);
            }
        }
        int[] sizes = hits.stream().mapToInt(h -> h.length).distinct().sorted().toArray();
        Map<Integer, double[]> nulls = new HashMap<>();
        double[][] nullBySize = new double[sizes.length][];
        // the workers stop with the request that asked (its budget spent, or its client gone)
        Budget budget = Budget.current();
        Parallel.forEach(sizes.length, threads, 2, i -> nullBySize[i] = nullScores(weight, sizes[i], permutations, seed,
                budget));
        for (int i = 0; i < sizes.length; i++) {
            nulls.put(sizes[i], nullBySize[i]);
        }
        double[] es = new double[tested.size()];
        double[] nes = new double[tested.size()];
        double[] p = new double[tested.size()];
        int[][] leading = new int[tested.size()][];
        for (int t = 0; t < tested.size(); t++) {
            int[] pos = hits.get(t);
            double[] walk = enrichmentScore(weight, pos);
            es[t] = walk[0];
            int extreme = (int) walk[1];
            leading[t] = es[t] >= 0
                    ? Arrays.stream(pos).filter(x -> x <= extreme).map(x -> ranked[x]).toArray()
                    : Arrays.stream(pos).filter(x -> x >= extreme).map(x -> ranked[x]).toArray();
            double[] nul = nulls.get(pos.length);
            double sumSame = 0;
            int same = 0;
            int asExtreme = 0;
            for (double v : nul) {
                if (es[t] >= 0 ? v >= 0 : v < 0) {
                    same++;
                    sumSame += v;
                    if (es[t] >= 0 ? v >= es[t] : v <= es[t]) {
                        asExtreme++;
                    }
                }
            }
            nes[t] = same == 0 ? Double.NaN : es[t] / Math.abs(sumSame / same);
            p[t] = (asExtreme + 1.0) / (same + 1.0);
        }
        double[] padj = BenjaminiHochberg.adjust(p);
        List<Result> results = new ArrayList<>();
        for (int t = 0; t < tested.size(); t++) {
            results.add(new Result(tested.get(t), hits.get(t).length, es[t], nes[t], p[t], padj[t], leading[t],
                    hits.get(t), runningAtHits(weight, hits.get(t))));
        }
        results.sort(Comparator.comparingDouble(Result::pValue)
                .thenComparing(r -> -Math.abs(r.nes()))
                .thenComparing(r -> r.set().id()));
        return new Outcome(n, tested.size(), results);
    }

    /** The running sum just after each hit (the same walk as {@link #enrichmentScore}). */
    static double[] runningAtHits(double[] weight, int[] pos) {
        int n = weight.length;
        int h = pos.length;
        double total = 0;
        for (int x : pos) {
            total += weight[x];
        }
        double missStep = 1.0 / (n - h);
        double[] out = new double[h];
        double cum = 0;
        for (int i = 0; i < h; i++) {
            cum += total == 0 ? 1.0 / h : weight[pos[i]] / total;
            out[i] = cum - (pos[i] - i) * missStep;
        }
        return out;
    }

    /**
     * The running sum's largest deviation for hits at sorted positions; returns {ES, position of the extreme}.
     * The extremes of the walk lie at a hit (peaks) or just before one (troughs), so only hits are visited.
     */
    static double[] enrichmentScore(double[] weight, int[] pos) {
        int n = weight.length;
        int h = pos.length;
        double total = 0;
        for (int x : pos) {
            total += weight[x];
        }
        double missStep = 1.0 / (n - h);
        double best = 0;
        int at = 0;
        double cum = 0;
        for (int i = 0; i < h; i++) {
            double before = cum - (pos[i] - i) * missStep;
            if (-before > Math.abs(best)) {
                best = before;
                at = pos[i] - 1;
            }
            cum += total == 0 ? 1.0 / h : weight[pos[i]] / total;
            double after = cum - (pos[i] - i) * missStep;
            if (after > Math.abs(best) || (after == Math.abs(best) && best < 0 && after > 0)) {
                best = after;
                at = pos[i];
            }
        }
        // after the last hit the walk falls linearly to 0 at the end; no further extremes
        return new double[] {best, at};
    }

    /** Scores of random sets of the given size, from a stream seeded by (seed, size). */
    static double[] nullScores(double[] weight, int size, int permutations, long seed, Budget budget) {
        int n = weight.length;
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + size);
        double[] out = new double[permutations];
        int[] pool = IntStream.range(0, n).toArray();
        int[] pick = new int[size];
        for (int b = 0; b < permutations; b++) {
            if ((b & 63) == 0) {
                budget.check();
            }
            // partial Fisher-Yates: the first `size` slots become a uniform random subset
            for (int i = 0; i < size; i++) {
                int j = i + random.nextInt(n - i);
                int tmp = pool[i];
                pool[i] = pool[j];
                pool[j] = tmp;
                pick[i] = pool[i];
            }
            Arrays.sort(pick);
            out[b] = enrichmentScore(weight, pick)[0];
        }
        return out;
    }
}
