package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast correctly rounded exp decides as the 40-digit one does. */
class NmathExpTest {

    @Test
    void doubleDoubleExpRoundsAsThe40DigitValue() {
        SplittableRandom random = new SplittableRandom(20261202);
        int differentFromMathExp = 0;
        for (int i = 0; i < 200_000; i++) {
            // FitDisp's log dispersions (-30..10) most often; the whole normal range too
            double x = i % 4 == 0 ? random.nextDouble(-708, 709) : random.nextDouble(-30, 10);
            double fast = Nmath.exp(x);
            double exact = Nmath.expNearest(x, Math.exp(x));
            assertThat(fast).as("exp(%s)", x).isEqualTo(exact);
            differentFromMathExp += fast == Math.exp(x) ? 0 : 1;
        }
        // Math.exp is one ulp off for a small share of arguments: the test does see the rounding decided
        assertThat(differentFromMathExp).isPositive();
        for (double x : new double[] {0, 1e-300, -1e-300, 1e-20, 0.5, 1, Math.log(2), -Math.log(2), 700, -700, -744}) {
            assertThat(Nmath.exp(x)).as("exp(%s)", x).isEqualTo(Nmath.expNearest(x, Math.exp(x)));
        }
    }
}
