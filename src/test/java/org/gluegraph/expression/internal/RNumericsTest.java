package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The R numerics DESeq2's L-BFGS-B refit depends on, against R 4.2.2 (scripts/reference/lbfgsb_reference.R,
 * values written with %a): Nmath's dnbinom(mu =, log = TRUE), dnorm(log = TRUE) and lgamma, and
 * QrDecomposition's qr.Q and qr.R of the reference sets' model matrices.
 */
class RNumericsTest {

    private static final String DIR = "expression/reference/lbfgsb/";

    @Test
    void densitiesAreRsToTheLastBits() throws IOException {
        List<String[]> rows = DeseqFidelityTest.read(DIR + "nmath.tsv");
        int n = rows.size() - 1;
        int[] identical = new int[3];
        for (String[] r : rows.subList(1, rows.size())) {
            double x = Double.parseDouble(r[0]);
            double size = Double.parseDouble(r[1]);
            double mu = Double.parseDouble(r[2]);
            double[] mine = {Nmath.dnbinomMuLog(x, size, mu), Nmath.dnormLog(Math.log(mu), 0, Math.sqrt(1 / 1e-6)),
                Nmath.lgammafn(size)};
            for (int k = 0; k < 3; k++) {
                double expected = Double.parseDouble(r[3 + k]);
                // java.lang.Math's log, log1p and exp can differ from glibc's in the last bit
                assertThat(mine[k]).as("column %d at x %s size %s mu %s", k, r[0], r[1], r[2])
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(8 * Math.ulp(expected)));
                identical[k] += mine[k] == expected ? 1 : 0;
            }
        }
        for (int k = 0; k < 3; k++) {
            assertThat(identical[k]).as("bit-identical values, column %d", k).isGreaterThanOrEqualTo(n * 99 / 100);
        }
    }

    @Test
    void qrOfTheDesignsIsRs() throws IOException {
        List<String[]> rows = DeseqFidelityTest.read(DIR + "qr.tsv");
        assertThat(rows).hasSizeGreaterThan(5);
        for (String[] r : rows.subList(1, rows.size())) {
            int n = Integer.parseInt(r[2]);
            int p = Integer.parseInt(r[3]);
            double[] xs = parse(r[5]);
            double[] qs = parse(r[6]);
            double[] rs = parse(r[7]);
            double[][] x = new double[n][p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    x[i][j] = xs[i + j * n];
                }
            }
            QrDecomposition qr = QrDecomposition.of(x);
            assertThat(qr.rank()).as("rank, %s %s", r[0], r[1]).isEqualTo(Integer.parseInt(r[4]));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    assertThat(qr.q(i, j)).as("Q[%d, %d], %s %s", i, j, r[0], r[1]).isEqualTo(qs[i + j * n]);
                }
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    assertThat(qr.r(i, j)).as("R[%d, %d], %s %s", i, j, r[0], r[1]).isEqualTo(rs[i + j * p]);
                }
            }
        }
    }

    private static double[] parse(String list) {
        return Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
