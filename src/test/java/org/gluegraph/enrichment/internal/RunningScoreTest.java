package org.gluegraph.enrichment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The running score GSEA reports for plotting (the sum just after each hit) is the walk whose extreme is the
 * enrichment score: checked against a step-by-step walk over every rank.
 */
class RunningScoreTest {

    @Test
    void runningScoreAtHitsIsTheWalkWhoseExtremeIsTheEnrichmentScore() {
        Random rnd = new Random(7);
        int n = 400;
        int[] ranked = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = i;
            scores[i] = 3 - 6.0 * i / n + rnd.nextGaussian() * 0.2;
        }
        int[] up = rnd.ints(0, 120).distinct().limit(25).sorted().toArray();      // near the top: positive ES
        int[] down = rnd.ints(280, 400).distinct().limit(30).sorted().toArray();  // near the bottom: negative ES
        var outcome = PreRankedGsea.run(List.of(new GeneSet("UP", "up", "T", up), new GeneSet("DOWN", "down", "T", down)),
                ranked, scores, 5, 500, 200, 1, 1);
        for (PreRankedGsea.Result r : outcome.results()) {
            int[] pos = r.hitPositions();
            double[] walk = fullWalk(scores, pos);
            double extreme = 0;
            for (double v : walk) {
                if (Math.abs(v) > Math.abs(extreme)) {
                    extreme = v;
                }
            }
            assertThat(r.enrichmentScore()).as(r.set().id()).isCloseTo(extreme, within(1e-12));
            assertThat(r.runningAtHits()).hasSize(pos.length);
            for (int i = 0; i < pos.length; i++) {
                assertThat(r.runningAtHits()[i]).isCloseTo(walk[pos[i]], within(1e-12));
            }
            assertThat(walk[n - 1]).isCloseTo(0, within(1e-9));
        }
        assertThat(outcome.results()).extracting(r -> r.set().id() + ":" + Math.signum(r.enrichmentScore()))
                .containsExactlyInAnyOrder("UP:1.0", "DOWN:-1.0");
    }

    /** The running sum after every rank: hits step up by |score| / total, misses step down by 1 / (n - hits). */
    private static double[] fullWalk(double[] scores, int[] pos) {
        int n = scores.length;
        java.util.Set<Integer> hit = new java.util.HashSet<>();
        double total = 0;
        for (int p : pos) {
            hit.add(p);
            total += Math.abs(scores[p]);
        }
        double[] out = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += hit.contains(i) ? Math.abs(scores[i]) / total : -1.0 / (n - pos.length);
            out[i] = s;
        }
        return out;
    }
}
