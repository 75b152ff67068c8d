package org.gluegraph.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gluegraph.cli.EnrichCli;
import org.gluegraph.enrichment.internal.EnrichmentInputException;
import org.gluegraph.enrichment.internal.GeneSet;
import org.gluegraph.enrichment.internal.GeneSetSnapshot;
import org.gluegraph.enrichment.internal.PreRankedGsea;
import org.gluegraph.pathway.Gmt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GSEA against a straightforward reference: the running sum walked over every position of the ranked list
 * (enrichment scores to 1e-12), and p-values from an independent permutation reference (java.util.Random, a
 * fresh random set per permutation) lying within the binomial bounds of ours.
 */
class PreRankedGseaTest {

    static GeneSetSnapshot snap;
    static int[] ranked;
    static double[] scores;

    @BeforeAll
    static void hallmarkWithARankedList() {
        GeneSetSnapshot.Builder b = GeneSetSnapshot.builder();
        for (Gmt.GeneSetLine e : Gmt.read(EnrichmentFidelityTest.HALLMARK)) {
            b.set(e.id(), e.name(), "HALLMARK", e.members());
        }
        GeneSetSnapshot s = b.build();
        // a ranked list of every Hallmark gene: interferon genes high, MYC targets low, the rest noise
        Random r = new Random(11);
        int n = s.genes().size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = r.nextGaussian();
        }
        for (GeneSet set : s.sets()) {
            for (int m : set.members()) {
                if (set.id().equals("HALLMARK_INTERFERON_ALPHA_RESPONSE")) {
                    score[m] += 2.5;
                } else if (set.id().equals("HALLMARK_MYC_TARGETS_V1")) {
                    score[m] -= 2.5;
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, c) -> Double.compare(score[c], score[a]));
        ranked = new int[n];
        scores = new double[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = order[i];
            scores[i] = score[order[i]];
        }
        snap = s;
    }

    /** The whole walk, position by position: the textbook definition. */
    static double naiveEs(int[] ranked, double[] scores, int[] members) {
        java.util.Set<Integer> in = new java.util.HashSet<>();
        for (int m : members) {
            in.add(m);
        }
        double nr = 0;
        int hits = 0;
        for (int i = 0; i < ranked.length; i++) {
            if (in.contains(ranked[i])) {
                nr += Math.abs(scores[i]);
                hits++;
            }
        }
        double run = 0;
        double best = 0;
        for (int i = 0; i < ranked.length; i++) {
            run += in.contains(ranked[i]) ? Math.abs(scores[i]) / nr : -1.0 / (ranked.length - hits);
            if (Math.abs(run) > Math.abs(best)) {
                best = run;
            }
        }
        return best;
    }

    @Test
    void enrichmentScoresEqualTheReferenceWalk() {
        PreRankedGsea.Outcome o = PreRankedGsea.run(snap.sets(), ranked, scores, 5, 500, 100, 42, 2);
        assertThat(o.setsTested()).isEqualTo(50);
        for (PreRankedGsea.Result r : o.results()) {
            assertThat(r.enrichmentScore()).as(r.set().id())
                    .isCloseTo(naiveEs(ranked, scores, r.set().members()), org.assertj.core.data.Offset.offset(1e-12));
        }
        PreRankedGsea.Result ifn = o.results().stream()
                .filter(r -> r.set().id().equals("HALLMARK_INTERFERON_ALPHA_RESPONSE")).findFirst().orElseThrow();
        PreRankedGsea.Result myc = o.results().stream()
                .filter(r -> r.set().id().equals("HALLMARK_MYC_TARGETS_V1")).findFirst().orElseThrow();
        // no random set of their sizes scored as far out: the smallest p-value 100 permutations allow
        assertThat(ifn.pValue()).isLessThan(0.05);
        assertThat(myc.pValue()).isLessThan(0.05);
        assertThat(ifn.nes()).isGreaterThan(2);
        assertThat(myc.nes()).isLessThan(-2);
        assertThat(ifn.leadingEdge().length).isBetween(10, ifn.setSize());
    }

    @Test
    void sameSeedSameAnswerOnAnyNumberOfThreads() {
        var one = PreRankedGsea.run(snap.sets(), ranked, scores, 5, 500, 2000, 7, 1);
        var two = PreRankedGsea.run(snap.sets(), ranked, scores, 5, 500, 2000, 7, 2);
        var again = PreRankedGsea.run(snap.sets(), ranked, scores, 5, 500, 2000, 7, 2);
        for (int i = 0; i < one.results().size(); i++) {
            assertThat(two.results().get(i).set().id()).isEqualTo(one.results().get(i).set().id());
            assertThat(two.results().get(i).pValue()).isEqualTo(one.results().get(i).pValue());
            assertThat(two.results().get(i).nes()).isEqualTo(one.results().get(i).nes());
            assertThat(again.results().get(i).pValue()).isEqualTo(two.results().get(i).pValue());
        }
        var other = PreRankedGsea.run(snap.sets(), ranked, scores, 5, 500, 2000, 8, 2);
        assertThat(other.results().stream().mapToDouble(PreRankedGsea.Result::pValue).toArray())
                .isNotEqualTo(one.results().stream().mapToDouble(PreRankedGsea.Result::pValue).toArray());
    }

    @Test
    void pValuesAgreeWithAnIndependentPermutationReference() {
        int b = 2000;
        var mine = PreRankedGsea.run(snap.sets(), ranked, scores, 5, 500, b, 42, 2);
        Random random = new Random(2024);
        int n = ranked.length;
        for (PreRankedGsea.Result r : mine.results()) {
            double es = r.enrichmentScore();
            int same = 0;
            int extreme = 0;
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(ranked[i]);
            }
            for (int p = 0; p < b; p++) {
                java.util.Collections.shuffle(all, random);
                int[] members = all.subList(0, r.setSize()).stream().mapToInt(Integer::intValue).toArray();
                double v = naiveEs(ranked, scores, members);
                if (es >= 0 ? v >= 0 : v < 0) {
                    same++;
                    if (es >= 0 ? v >= es : v <= es) {
                        extreme++;
                    }
                }
            }
            double ref = (extreme + 1.0) / (same + 1.0);
            double p = r.pValue();
            // both estimates are binomial with about b/2 null scores of the sign; 4.5 standard deviations of their
            // difference (the reference has its own sampling noise), plus the +1 correction's granularity
            double bound = 4.5 * Math.sqrt(2 * p * (1 - p) / (b / 2.0)) + 4.0 / b;
            assertThat(Math.abs(ref - p)).as("%s: ours %s, reference %s", r.set().id(), p, ref).isLessThan(bound);
        }
    }

    @Test
    void permutationsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> PreRankedGsea.run(snap.sets(), ranked, scores, 5, 500, 10, 42, 1))
                .isInstanceOf(EnrichmentInputException.class).hasMessageContaining("permutations");
    }

    @Test
    void commandLineGsea(@TempDir Path tmp) throws Exception {
        Path rankedFile = tmp.resolve("ranked.tsv");
        StringBuilder sb = new StringBuilder("gene\tscore\n");
        for (int i = 0; i < ranked.length; i++) {
            sb.append(snap.genes().get(ranked[i])).append('\t').append(scores[i]).append('\n');
        }
        Files.writeString(rankedFile, sb);
        Path out = tmp.resolve("gsea.tsv");
        var err = new ByteArrayOutputStream();
        int code = EnrichCli.execute(new String[] {"--method", "gsea", "--ranked", rankedFile.toString(), "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--permutations", "1000", "--out", out.toString()},
                System.out, new PrintStream(err));
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id\tname\tsetSize\toverlap\texpected\tfoldEnrichment\tpValue\tpadj\tgenes"
                + "\tenrichmentScore\tnes");
        assertThat(lines).hasSize(51);
        assertThat(lines.subList(1, 6).stream().map(l -> l.split("\t")[0]))
                .contains("HALLMARK_INTERFERON_ALPHA_RESPONSE", "HALLMARK_MYC_TARGETS_V1");
    }
}
