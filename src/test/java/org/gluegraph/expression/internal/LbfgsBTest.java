package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LbfgsB and FiniteDifferenceGradient against R 4.2.2's optim(method = "L-BFGS-B") on the cases of
 * scripts/reference/lbfgsb_reference.R (src/test/resources/expression/reference/lbfgsb): the same objective is
 * evaluated at the same sequence of points as in R (every point, finite-difference ones included), and the
 * result (par, value, counts, convergence, message) is R's.
 */
class LbfgsBTest {

    private static final String DIR = "expression/reference/lbfgsb/";

    static double rosenbrock(double[] x) {
        return 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) + (1 - x[0]) * (1 - x[0]);
    }

    static void rosenbrockGradient(double[] x, double[] g) {
        g[0] = -400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]);
        g[1] = 200 * (x[1] - x[0] * x[0]);
    }

    static double flat(double[] x) {
        return 5 + Math.exp(x[0]) + 0.5 * Math.exp(x[0] + x[1]) + 1e-6 * x[1] * x[1];
    }

    private static final double[] QC = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final double[] QT = {2, -3, 0.5, 1.5, -0.25, 4, -2, 0.75};

    static double quadratic(double[] x) {
        double s = 0;
        for (int i = 0; i < 8; i++) {
            s = s + QC[i] * (x[i] - QT[i]) * (x[i] - QT[i]);
        }
        for (int i = 0; i < 7; i++) {
            s = s + 0.3 * x[i] * x[i + 1];
        }
        return s;
    }

    static void quadraticGradient(double[] x, double[] g) {
        for (int i = 0; i < 8; i++) {
            g[i] = 2 * QC[i] * (x[i] - QT[i]);
        }
        for (int i = 0; i < 7; i++) {
            g[i] = g[i] + 0.3 * x[i + 1];
            g[i + 1] = g[i + 1] + 0.3 * x[i];
        }
    }

    record Case(LbfgsB.Objective fn, LbfgsB.Gradient gr, double[] par, double[] lower, double[] upper,
            LbfgsB.Control control) {
    }

    private static final double INF = Double.POSITIVE_INFINITY;

    static Case named(String name) {
        double[] box8Lower = {-1, -1, -1, -1, -1, -10, -10, -10};
        double[] box8Upper = {1, 1, 1, 1, 1, 10, 10, 10};
        double[] half8 = new double[8];
        Arrays.fill(half8, 0.5);
        LbfgsB.Control defaults = LbfgsB.Control.DEFAULTS;
        return switch (name) {
            case "rosenbrock_unbounded_fd" -> new Case(LbfgsBTest::rosenbrock, null, new double[] {-1.2, 1},
                    new double[] {-INF, -INF}, new double[] {INF, INF}, defaults);
            case "rosenbrock_box_fd" -> new Case(LbfgsBTest::rosenbrock, null, new double[] {-1.2, 1},
                    new double[] {-2, -2}, new double[] {0.8, 2}, defaults);
            case "rosenbrock_onesided_grad" -> new Case(LbfgsBTest::rosenbrock, LbfgsBTest::rosenbrockGradient,
                    new double[] {-1.2, 0.3}, new double[] {-1.5, -INF}, new double[] {INF, 0.5}, defaults);
            case "rosenbrock_start_outside_fd" -> new Case(LbfgsBTest::rosenbrock, null, new double[] {3, -3},
                    new double[] {-2, -2}, new double[] {2, 2}, defaults);
            case "flat_fd" -> new Case(LbfgsBTest::flat, null, new double[] {2, -1}, new double[] {-30, -30},
                    new double[] {30, 30}, defaults);
            case "quadratic8_lmm2_grad" -> new Case(LbfgsBTest::quadratic, LbfgsBTest::quadraticGradient, half8,
                    box8Lower, box8Upper, new LbfgsB.Control(2, 1e7, 0, 100));
            case "quadratic8_fd" -> new Case(LbfgsBTest::quadratic, null, half8, box8Lower, box8Upper, defaults);
            case "quadratic8_maxit3_fd" -> new Case(LbfgsBTest::quadratic, null, half8, box8Lower, box8Upper,
                    new LbfgsB.Control(5, 1e7, 0, 3));
            case "quadratic8_factr1_fd" -> new Case(LbfgsBTest::quadratic, null, half8, box8Lower, box8Upper,
                    new LbfgsB.Control(5, 1, 1e-12, 100));
            case "deseq2_single_sample_fd" -> {
                // DESeq2's objective for a gene with one non-zero sample (divergent set, d0110)
                double[] nf = {0.8245317681214914, 1.1026299647406892, 1.2479072343299271, 0.9150042684123859,
                    1.0775884959373816, 0.9568225866387965};
                int[] k = {0, 0, 0, 0, 0, 797};
                double[][] x = {{1, 0}, {1, 0}, {1, 0}, {1, 1}, {1, 1}, {1, 1}};
                FitNbinomGLMsOptim optim = new FitNbinomGLMsOptim(x, new double[] {1e-6, 1e-6});
                yield new Case(p -> optim.negativeLogPosterior(p, k, nf, 1 / 10.0), null,
                        new double[] {-2.3025850929940459, 3.0092323690760558}, new double[] {-30, -30},
                        new double[] {30, 30}, defaults);
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rosenbrock_unbounded_fd", "rosenbrock_box_fd", "rosenbrock_onesided_grad",
            "rosenbrock_start_outside_fd", "flat_fd", "quadratic8_lmm2_grad", "quadratic8_fd",
            "quadratic8_maxit3_fd", "quadratic8_factr1_fd", "deseq2_single_sample_fd"})
    void followsOptimsIterates(String name) throws IOException {
        Case c = named(name);
        List<double[]> evals = new ArrayList<>();
        LbfgsB.Objective recorded = x -> {
            double v = c.fn().value(x);
            double[] row = new double[x.length + 1];
            row[0] = v;
            System.arraycopy(x, 0, row, 1, x.length);
            evals.add(row);
            return v;
        };
        LbfgsB.Gradient gr = c.gr() != null ? c.gr() : new FiniteDifferenceGradient(recorded, c.lower(), c.upper());
        LbfgsB.Result result = LbfgsB.minimise(recorded, gr, c.par(), c.lower(), c.upper(), c.control());

        List<String[]> ref = DeseqFidelityTest.read(DIR + name + ".evals.tsv");
        // the exact objectives (sums and products only) are evaluated at exactly R's points; exp, log and pow
        // may differ from glibc's in the last bit, so the flat and DESeq2 cases are compared to 1e-12
        double tol = name.startsWith("flat") || name.startsWith("deseq2") ? 1e-12 : 0;
        int count = Math.min(evals.size(), ref.size() - 1);
        for (int k = 0; k < count; k++) {
            String[] r = ref.get(k + 1);
            for (int i = 0; i < r.length; i++) {
                double expected = Double.parseDouble(r[i]);
                assertThat(evals.get(k)[i]).as("%s evaluation %d, column %d", name, k + 1, i)
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(tol * Math.max(1, Math.abs(expected))));
            }
        }
        assertThat(evals).as("%s evaluations", name).hasSize(ref.size() - 1);

        Map<String, String> summary = summary(name);
        String[] par = summary.get("par").split(",");
        for (int i = 0; i < par.length; i++) {
            double expected = Double.parseDouble(par[i]);
            assertThat(result.par()[i]).as("%s par %d", name, i)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(tol * Math.max(1, Math.abs(expected))));
        }
        double value = Double.parseDouble(summary.get("value"));
        assertThat(result.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(tol * Math.abs(value)));
        assertThat(result.evaluations()).as("counts").isEqualTo(Integer.parseInt(summary.get("counts")));
        assertThat(result.convergence()).as("convergence").isEqualTo(Integer.parseInt(summary.get("convergence")));
        assertThat(result.message()).isEqualTo(summary.get("message"));
    }

    static Map<String, String> summary(String name) throws IOException {
        List<String[]> rows = DeseqFidelityTest.read(DIR + "cases.tsv");
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[0].equals(name)) {
                Map<String, String> m = new HashMap<>();
                for (int k = 0; k < r.length; k++) {
                    m.put(rows.get(0)[k], r[k]);
                }
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
