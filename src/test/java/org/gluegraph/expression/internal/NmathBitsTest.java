package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * R's lgamma and exp bit for bit (values written in hex by scripts/reference/deseq2_designs_reference.R with
 * R 4.2.2 on Debian 12, glibc): the dispersion grid search at tiny dispersions depends on their last bits.
 */
class NmathBitsTest {

    @Test
    void lgammaIsRsBitForBit() throws IOException {
        List<String[]> rows = DeseqFidelityTest.read("expression/reference/rmath.lgamma.tsv");
        assertThat(rows).hasSize(4001);
        for (String[] r : rows.subList(1, rows.size())) {
            double x = Double.parseDouble(r[0]);
            assertThat(Nmath.lgammafn(x)).as("lgamma(%s)", x).isEqualTo(Double.parseDouble(r[1]));
        }
    }

    /** Correctly rounded exp; glibc's differs from correct rounding in about 1 of 1000 arguments (0.5 ulp bound). */
    @Test
    void expMatchesGlibcAlmostAlways() throws IOException {
        List<String[]> rows = DeseqFidelityTest.read("expression/reference/rmath.exp.tsv");
        int mismatches = 0;
        int javaMismatches = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            double x = Double.parseDouble(r[0]);
            double expected = Double.parseDouble(r[1]);
            double mine = Nmath.exp(x);
            assertThat(Math.abs(mine - expected)).as("exp(%s)", x).isLessThanOrEqualTo(Math.ulp(expected));
            mismatches += mine == expected ? 0 : 1;
            javaMismatches += Math.exp(x) == expected ? 0 : 1;
        }
        System.out.println("DEVIATION exp: " + mismatches + " of 4000 differ from R's by one ulp (Math.exp: "
                + javaMismatches + ")");
        assertThat(mismatches).isLessThanOrEqualTo(10);
    }
}
