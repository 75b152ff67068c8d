package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine against DESeq2 1.38.3 on designs with 1 to 3 residual degrees of freedom, where DESeq2 simulates the
 * width of the dispersion prior (reference sets of scripts/reference/deseq2_lowdf_reference.R; calls and
 * tolerances in src/test/resources/expression/reference/README.md): the whole pipeline with DeseqFidelityTest's
 * tolerances, the prior variance itself, and the simulation's intermediate values from DESeq2's own run.
 */
class DeseqLowDfFidelityTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource({
            "pasilla, pasilla_2v2, pasilla_2v2, condition, condition, treated, untreated",
            "lowdf, lowdf_donors, lowdf_donors, donor condition, condition, trt, ctrl",
            "lowdf, lowdf_lines, lowdf_lines, line treatment, treatment, T, U",
            "lowdf, lowdf_pair, lowdf_pair, grp, grp, trt, ctrl"})
    void reproducesDeseq2(String dataset, String sheet, String name, String design, String factor, String num,
            String den) throws IOException {
        DeseqFidelityTest.Run run = DeseqFidelityTest.run(dataset, sheet, name, List.of(design.split(" ")),
                new ContrastSpec(factor, num, den), false);
        DeseqFidelityTest.assertFidelity(run);
        DeseqFidelityTest.assertDispersions(run);
        DeseqFidelityTest.assertPriorVar(run);
    }

    /**
     * From DESeq2's residuals (its dispGeneEst and dispFit), the simulation gives DESeq2's KL divergences (bit for
     * bit but for the last bit of a logarithm), its loess predictions to 1e-12 and its prior variance exactly.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"edge_grp", "pasilla_2v2", "lowdf_donors", "lowdf_lines", "lowdf_pair"})
    void theSimulationFromDeseq2sResidualsGivesDeseq2sValues(String name) throws IOException {
        Map<String, double[]> r = RKernelsTest.values(name + ".priorVarSimulation.tsv.gz");
        DeseqFidelityTest.Reference ref = DeseqFidelityTest.reference(name);
        int df = 0;
        for (String[] row : DeseqFidelityTest.read("expression/reference/" + name + ".priorVar.tsv")) {
            if (row[0].equals("residualDf")) {
                df = Integer.parseInt(row[1]);
            }
        }
        assertThat(df).isBetween(1, 3);
        EstimateDispersionsPriorVar.Simulation s = EstimateDispersionsPriorVar.simulate(r.get("residuals"), df);
        double[] kl = r.get("klDivs");
        int exact = 0;
        for (int i = 0; i < kl.length; i++) {
            assertThat(RKernelsTest.ulps(s.klDivs()[i], kl[i])).as("klDivs[%d]", i + 1).isLessThanOrEqualTo(1);
            exact += s.klDivs()[i] == kl[i] ? 1 : 0;
        }
        assertThat(exact).as("klDivs equal to the bit").isGreaterThanOrEqualTo(195);
        double[] fitted = r.get("lofitFitted");
        int argmin = 0;
        for (int i = 0; i < fitted.length; i++) {
            double tolerance = 1e-12 * Math.max(1, Math.abs(fitted[i]));
            assertThat(s.lofitFitted()[i]).as("lofitFitted[%d]", i + 1)
                    .isCloseTo(fitted[i], org.assertj.core.data.Offset.offset(tolerance));
            if (fitted[i] < fitted[argmin]) {
                argmin = i;
            }
        }
        // the same minimum of the smoothed curve, also where the floor of 0.25 hides it
        assertThat(s.obsVarFineGrid()[indexOfMin(s.lofitFitted())]).isEqualTo(s.obsVarFineGrid()[argmin]);
        assertThat(s.dispPriorVar()).isEqualTo(ref.dispPriorVar());
        // split over two threads (as the pipeline runs it): the same numbers
        EstimateDispersionsPriorVar.Simulation two = EstimateDispersionsPriorVar.simulate(r.get("residuals"), df, 2);
        assertThat(two.klDivs()).containsExactly(s.klDivs());
        assertThat(two.lofitFitted()).containsExactly(s.lofitFitted());
    }

    private static int indexOfMin(double[] v) {
        int k = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[k]) {
                k = i;
            }
        }
        return k;
    }
}
