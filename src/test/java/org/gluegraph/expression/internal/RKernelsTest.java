package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

/**
 * The pieces of R behind DESeq2's simulated prior width against R 4.2.2 itself: values written by
 * scripts/reference/r_kernels_reference.R (src/test/resources/expression/reference/README.md has the calls).
 * Random streams and histograms must be R's exactly, except that a variate computed through log or exp may be one
 * unit in the last place off where Java's and glibc's last bit differ (counted and bounded below); loess to 1e-12.
 */
class RKernelsTest {

    private static final String DIR = "expression/reference/";

    /** call -> values, in file order. */
    static Map<String, double[]> values(String resource) throws IOException {
        List<String[]> rows = DeseqFidelityTest.read(DIR + resource);
        Map<String, List<Double>> byCall = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            byCall.computeIfAbsent(r[0], k -> new ArrayList<>())
                    .add(r[2].equals("NA") ? Double.NaN : Double.parseDouble(r[2]));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        byCall.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    private static double[] draw(int n, DoubleSupplier f) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = f.getAsDouble();
        }
        return out;
    }

    /** Units in the last place between a and b. */
    static long ulps(double a, double b) {
        if (a == b) {
            return 0;
        }
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    @Test
    void setSeedAndTheDistributionsGiveRsStreams() throws IOException {
        Map<String, double[]> r = values("r_random.tsv.gz");
        RDistributions d = new RDistributions(RRandom.setSeed(2));
        RRandom u = d.random();
        assertThat(draw(5, u::unifRand)).containsExactly(r.get("set.seed(2); runif(5)"));
        assertThat(draw(5, d::normRand)).containsExactly(r.get("rnorm(5)"));
        assertThat(draw(5, d::expRand)).containsExactly(r.get("rexp(5)"));
        assertThat(draw(5, () -> d.rchisq(1))).containsExactly(r.get("rchisq(5, df = 1)"));
        assertThat(draw(5, () -> d.rchisq(2))).containsExactly(r.get("rchisq(5, df = 2)"));
        assertThat(draw(5, () -> d.rchisq(3))).containsExactly(r.get("rchisq(5, df = 3)"));
        assertThat(draw(5, () -> d.rgamma(2.5, 1))).containsExactly(r.get("rgamma(5, shape = 2.5)"));
        assertThat(draw(5, () -> d.rgamma(0.3, 4))).containsExactly(r.get("rgamma(5, shape = 0.3, scale = 4)"));
        assertThat(draw(5, () -> d.rnorm(1.5, 0))).containsExactly(r.get("rnorm(5, 1.5, 0)"));
        assertThat(draw(5, () -> d.rnorm(-1, 2.5))).containsExactly(r.get("rnorm(5, -1, 2.5)"));
        assertThat(draw(3, u::unifRand)).containsExactly(r.get("runif(3)"));

        assertThat(draw(3, RRandom.setSeed(-7)::unifRand)).containsExactly(r.get("set.seed(-7); runif(3)"));
        assertThat(draw(3, RRandom.setSeed(20261123)::unifRand))
                .containsExactly(r.get("set.seed(20261123); runif(3)"));
        assertThat(draw(3, RRandom.setSeed(Integer.MAX_VALUE)::unifRand))
                .containsExactly(r.get("set.seed(.Machine$integer.max); runif(3)"));
    }

    @Test
    void longStreamsAsDeseq2DrawsThemStayOnRsStream() throws IOException {
        Map<String, double[]> r = values("r_random.tsv.gz");
        int offLastBit = 0;
        int compared = 0;
        for (int df = 1; df <= 3; df++) {
            RDistributions d = new RDistributions(RRandom.setSeed(2));
            int chiDf = df;
            double[] x = draw(10_000, () -> d.rchisq(chiDf));
            double sd = Math.sqrt(8.0 / 199);
            double[] y = draw(10_000, () -> d.rnorm(0, sd));
            double[] refX = r.get("set.seed(2); rchisq(1e4, df = " + df + ")[c(1:500, 9991:10000)]");
            double[] refY = r.get("then rnorm(1e4, 0, sqrt(8/199))[c(1:500, 9991:10000)] (df = " + df + ")");
            for (int k = 0; k < 510; k++) {
                int i = k < 500 ? k : 9990 + (k - 500);
                assertThat(ulps(x[i], refX[k])).as("rchisq df %d [%d]", df, i + 1).isLessThanOrEqualTo(1);
                assertThat(ulps(y[i], refY[k])).as("rnorm after df %d [%d]", df, i + 1).isLessThanOrEqualTo(1);
                offLastBit += (x[i] != refX[k] ? 1 : 0) + (y[i] != refY[k] ? 1 : 0);
                compared += 2;
            }
            // the stream is where R's is after the 20,000 draws
            assertThat(draw(2, d.random()::unifRand)).containsExactly(r.get("then runif(2) (df = " + df + ")"));
        }
        assertThat(offLastBit).as("variates one ulp off R's, of %d", compared).isLessThanOrEqualTo(compared / 100);
    }

    @Test
    void aCopiedStreamDrawsWhatTheOriginalSkips() {
        RDistributions original = new RDistributions(RRandom.setSeed(2));
        original.rchisq(1.5);
        RDistributions copy = new RDistributions(original.random().copy());
        original.skipRnorm(1000, 0, 1.3);
        original.skipRnorm(1000, 0, 0); // sd 0: rnorm draws nothing
        RDistributions reference = new RDistributions(RRandom.setSeed(2));
        reference.rchisq(1.5);
        for (int i = 0; i < 1000; i++) {
            assertThat(copy.rnorm(0, 1.3)).isEqualTo(reference.rnorm(0, 1.3));
        }
        assertThat(copy.rnorm(0, 0)).isZero();
        assertThat(draw(700, original.random()::unifRand)).containsExactly(draw(700, copy.random()::unifRand));
    }

    @Test
    void qnormInItsThreeRegions() throws IOException {
        double[] p = {0.5, 0.3, 0.925, 0.075, 0.01, 1e-5, 0.9999, 1e-12, 1e-300, 1 - 1e-16, Double.MIN_VALUE};
        double[] ref = values("r_random.tsv.gz").get("qnorm(c(0.5, 0.3, 0.925, 0.075, 0.01, 1e-5, 0.9999, 1e-12,"
                + " 1e-300, 1 - 1e-16, 2^-1074))");
        for (int i = 0; i < p.length; i++) {
            assertThat(ulps(RDistributions.qnorm(p[i], 0, 1), ref[i])).as("qnorm(%s)", p[i]).isLessThanOrEqualTo(1);
        }
        assertThat(RDistributions.qnorm(0, 0, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(RDistributions.qnorm(1, 0, 1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(RDistributions.qnorm(1.5, 0, 1)).isNaN();
    }

    @Test
    void histogramCountsAndDensitiesAreRs() throws IOException {
        Map<String, double[]> r = values("r_hist.tsv.gz");
        RHist hist = new RHist(EstimateDispersionsPriorVar.breaks());
        double[] h1 = {-10, -9.99, -0.5, -0.5 + 4e-8, -0.5 + 6e-8, 0, 0.25, 3 + 4e-8, 3 + 6e-8, 9.99, 10, -10 - 4e-8,
            10 + 4e-8};
        int[] counts = hist.counts(h1, h1.length);
        double[] refCounts = r.entrySet().stream()
                .filter(e -> e.getKey().startsWith("hist(h1, breaks = -20:20/2)$counts")).findFirst().orElseThrow()
                .getValue();
        assertThat(java.util.Arrays.stream(counts).asDoubleStream().toArray()).containsExactly(refCounts);
        assertThat(hist.density(counts, h1.length)).containsExactly(r.get("hist(h1, breaks = -20:20/2)$density"));
        double[] h2 = r.get("set.seed(11); h2 = rnorm(997, 0.3, 2)");
        assertThat(hist.density(hist.counts(h2, h2.length), h2.length))
                .containsExactly(r.get("hist(h2, breaks = -20:20/2)$density"));
        // unequal widths: the bisection path
        RHist uneven = new RHist(new double[] {-10, -3, -1, 0, 0.5, 2, 5, 10});
        double[] h3 = java.util.Arrays.copyOf(h2, h2.length + 9);
        System.arraycopy(new double[] {-10, -3, 0, 0.5, 5, 10, 0.5 + 1e-7, 0.5 + 3e-7, -3 - 1e-7}, 0, h3, h2.length, 9);
        int[] unevenCounts = uneven.counts(h3, h3.length);
        double[] refUneven = r.entrySet().stream()
                .filter(e -> e.getKey().startsWith("hist(h3, breaks = c(-10, -3, -1, 0, 0.5, 2, 5, 10))$counts"))
                .findFirst().orElseThrow().getValue();
        assertThat(java.util.Arrays.stream(unevenCounts).asDoubleStream().toArray()).containsExactly(refUneven);
        assertThat(uneven.density(unevenCounts, h3.length))
                .containsExactly(r.get("hist(h3, breaks = c(-10, -3, -1, 0, 0.5, 2, 5, 10))$density"));
        // R stops when a value is outside the breaks
        assertThatThrownBy(() -> hist.counts(new double[] {10.1}, 1)).hasMessageContaining("not counted");
    }

    @Test
    void sumAccumulatesInLongDoubleAsR() throws IOException {
        Map<String, double[]> r = values("r_hist.tsv.gz");
        double[] s = {1, Math.scalb(1.0, -60), -1, 1e-3, 3.3, -3.3, 0.1, 0.2, -0.3};
        assertThat(RSum.sum(s, s.length))
                .isEqualTo(r.get("sum(s), s = c(1, 2^-60, -1, 1e-3, 3.3, -3.3, 0.1, 0.2, -0.3)")[0]);
        double[] terms = r.get("h2 * exp(h2)");
        assertThat(RSum.sum(terms, terms.length)).isEqualTo(r.get("sum(h2 * exp(h2))")[0]);
        double plain = 0;
        for (double t : terms) {
            plain += t;
        }
        // the case is one where the double loop is not R's answer, so the test can tell the two apart
        assertThat(plain).isNotEqualTo(r.get("sum(h2 * exp(h2))")[0]);
    }

    @Test
    void loessPredictionsAreRsTo1e12() throws IOException {
        Map<String, double[]> r = values("r_loess.tsv.gz");
        record Case(String name, double span, int degree) {
        }
        List<Case> cases = List.of(
                new Case("A: KL-like curve, x = seq(0, 8, length = 200), span 0.2, degree 2", 0.2, 2),
                new Case("B: sin, 57 uniform x, span 0.3, degree 1", 0.3, 1),
                new Case("C: ties, x = rep(1:20, each = 3), span 0.5, degree 2", 0.5, 2),
                new Case("D: 600 uniform x, span 0.1, degree 2", 0.1, 2));
        for (Case c : cases) {
            double[] x = r.get(c.name() + " x");
            Loess fit = Loess.fit(x, r.get(c.name() + " y"), c.span(), c.degree());
            double[] predicted = fit.predict(r.get(c.name() + " newx"));
            double[] ref = r.get(c.name() + " predict");
            double[] fitted = fit.predict(x);
            double[] refFitted = r.get(c.name() + " fitted");
            for (int i = 0; i < ref.length; i++) {
                if (Double.isNaN(ref[i])) {
                    assertThat(predicted[i]).as("%s: outside the data at %d", c.name(), i).isNaN();
                } else {
                    assertThat(Math.abs(predicted[i] - ref[i])).as("%s: predict %d", c.name(), i)
                            .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(ref[i])));
                }
            }
            for (int i = 0; i < x.length; i++) {
                assertThat(Math.abs(fitted[i] - refFitted[i])).as("%s: fitted %d", c.name(), i)
                        .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(refFitted[i])));
            }
        }
    }

    @Test
    void deseq2sSimulationGivesRsHistogramsAtEveryGridPoint() throws IOException {
        // for df 1 to 3, all 200 grid variances x 20,000 draws: the kept values' counts are R's exactly
        List<String[]> rows = DeseqFidelityTest.read(DIR + "r_priorvar_simulation.tsv.gz");
        RHist hist = new RHist(EstimateDispersionsPriorVar.breaks());
        double[] grid = EstimateDispersionsPriorVar.seq(8, 200);
        int row = 1;
        for (int df = 1; df <= 3; df++) {
            RDistributions d = new RDistributions(RRandom.setSeed(2));
            for (int g = 0; g < 200; g++, row++) {
                String[] ref = rows.get(row);
                assertThat(ref[0]).isEqualTo(Integer.toString(df));
                double[] chisq = new double[10_000];
                for (int i = 0; i < chisq.length; i++) {
                    chisq[i] = d.rchisq(df);
                }
                double sd = Math.sqrt(grid[g]);
                double[] kept = new double[10_000];
                int n = 0;
                double first = 0;
                double last = 0;
                for (int i = 0; i < chisq.length; i++) {
                    double v = Math.log(chisq[i]) + d.rnorm(0, sd) - Math.log(df);
                    if (i == 0) {
                        first = v;
                    }
                    last = v;
                    if (v > -10 && v < 10) {
                        kept[n++] = v;
                    }
                }
                String where = "df " + df + ", grid point " + (g + 1);
                assertThat(n).as(where).isEqualTo(Integer.parseInt(ref[2]));
                assertThat(ulps(first, Double.parseDouble(ref[3]))).as(where + " first").isLessThanOrEqualTo(1);
                assertThat(ulps(last, Double.parseDouble(ref[4]))).as(where + " last").isLessThanOrEqualTo(1);
                int[] counts = hist.counts(kept, n);
                StringBuilder s = new StringBuilder();
                for (int b = 0; b < counts.length; b++) {
                    s.append(b == 0 ? "" : ",").append(counts[b]);
                }
                assertThat(s.toString()).as(where + " counts").isEqualTo(ref[5]);
            }
        }
    }
}
