package org.gluegraph.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The genes whose GLM fit diverges, gene by gene against DESeq2 1.38.3: those DESeq2 sent to its L-BFGS-B refit
 * (betaIter 100 in the reference: IRLS did not converge, ran away, or left a non-positive variance) and those
 * zero in every sample of one compared group. DeseqFidelityTest holds every gene of these sets to the project's
 * tolerances; this asserts the divergent ones one by one, on all columns of results() (not only where
 * padj < 0.1), and that betaConv is DESeq2's. The sets come from scripts/reference/deseq2_reference.R.
 */
class DivergentFitsFidelityTest {

    record Errors(int genes, double lfc, double lfcSE, double stat, double pvalue, double padj) {
        @Override
        public String toString() {
            return String.format("%d genes: max |LFC error| %.3g, max relative error lfcSE %.3g, stat %.3g, "
                    + "pvalue %.3g, padj %.3g", genes, lfc, lfcSE, stat, pvalue, padj);
        }
    }

    /** Max absolute LFC error and max relative lfcSE, stat, p-value and padj errors over some genes. */
    static Errors errors(DeseqFidelityTest.Run run, List<Integer> genes) {
        DeseqFidelityTest.Reference ref = run.reference();
        double lfc = 0;
        double se = 0;
        double stat = 0;
        double pv = 0;
        double padj = 0;
        for (int i : genes) {
            GeneResult r = run.outcome().results().get(i);
            lfc = Math.max(lfc, absError(r.log2FoldChange(), ref.col("log2FoldChange")[i]));
            se = Math.max(se, relError(r.lfcSE(), ref.col("lfcSE")[i]));
            stat = Math.max(stat, relError(r.stat(), ref.col("stat")[i]));
            pv = Math.max(pv, relError(r.pvalue(), ref.col("pvalue")[i]));
            padj = Math.max(padj, relError(r.padj(), ref.col("padj")[i]));
        }
        return new Errors(genes.size(), lfc, se, stat, pv, padj);
    }

    private static double absError(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) == Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b);
    }

    private static double relError(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) == Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (a == b) {
            return 0;
        }
        return Math.abs(a - b) / Math.abs(b);
    }

    /** The genes DESeq2 refitted by L-BFGS-B and those with zeros in every sample of one compared level. */
    static List<Integer> divergentGenes(DeseqFidelityTest.Run run, String dataset, String factor, String num,
            String den) throws IOException {
        List<String[]> counts = DeseqFidelityTest.read(DeseqFidelityTest.DIR + dataset + ".counts.tsv"
                + (dataset.equals("pasilla") ? ".gz" : ""));
        List<String[]> sheet = DeseqFidelityTest.read(DeseqFidelityTest.DIR + dataset + ".samples.tsv");
        String[] header = counts.get(0);
        int column = List.of(sheet.get(0)).indexOf(factor);
        List<String> level = new ArrayList<>();
        for (int j = 1; j < header.length; j++) {
            for (String[] s : sheet.subList(1, sheet.size())) {
                if (s[0].equals(header[j])) {
                    level.add(s[column]);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < counts.size(); i++) {
            String[] f = counts.get(i);
            boolean zeroNum = true;
            boolean zeroDen = true;
            boolean any = false;
            for (int j = 1; j < f.length; j++) {
                boolean zero = f[j].equals("0");
                any |= !zero;
                if (level.get(j - 1).equals(num)) {
                    zeroNum &= zero;
                } else if (level.get(j - 1).equals(den)) {
                    zeroDen &= zero;
                }
            }
            if (run.reference().betaIter()[i - 1] == 100 || any && (zeroNum || zeroDen)) {
                out.add(i - 1);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "divergent, divergent_cond, cond, cond, B, A, 27",
            "divergent8, divergent8_cond, cond, cond, B, A, 27",
            "divergent8, divergent8_batch_cond, batch cond, cond, B, A, 21",
            "refit, refit_grp, grp, grp, B, A, 14",
            "pasilla, pasilla_type_condition, type condition, condition, treated, untreated, 5",
            "edge, edge_grp, grp, grp, b, a, 0"})
    void divergentGenesMatchDeseq2(String dataset, String name, String design, String factor, String num,
            String den, int optimGenes) throws IOException {
        DeseqFidelityTest.Run run = DeseqFidelityTest.run(dataset, name, List.of(design.split(" ")),
                new ContrastSpec(factor, num, den), false);
        DeseqFidelityTest.Reference ref = run.reference();
        List<Integer> divergent = divergentGenes(run, dataset, factor, num, den);
        List<Integer> optim = divergent.stream().filter(i -> ref.betaIter()[i] == 100).toList();
        System.out.printf("%s: divergent, %s; refitted by L-BFGS-B in DESeq2, %s%n", name, errors(run, divergent),
                errors(run, optim));
        assertThat(optim).as("genes DESeq2 refitted by L-BFGS-B").hasSize(optimGenes);
        for (int i : divergentGenes(run, dataset, factor, num, den)) {
            GeneResult r = run.outcome().results().get(i);
            String gene = ref.genes().get(i);
            // the project's tolerances are 0.01 and 2%; these genes, the hard ones, are held 5 times closer
            // (measured: LFC within 1.2e-4, p-values within 5e-5 relative)
            assertThat(absError(r.log2FoldChange(), ref.col("log2FoldChange")[i])).as("LFC of %s", gene)
                    .isLessThanOrEqualTo(0.002);
            assertThat(relError(r.lfcSE(), ref.col("lfcSE")[i])).as("lfcSE of %s", gene).isLessThan(1e-4);
            assertThat(relError(r.pvalue(), ref.col("pvalue")[i])).as("pvalue of %s", gene).isLessThan(0.004);
            assertThat(Double.isNaN(r.padj())).as("NA of padj of %s", gene).isEqualTo(Double.isNaN(ref.col("padj")[i]));
            if (ref.col("padj")[i] < 0.1) {
                assertThat(relError(r.padj(), ref.col("padj")[i])).as("padj of %s", gene).isLessThan(0.02);
            }
            assertThat(run.outcome().details().get(i).converged()).as("betaConv of %s", gene)
                    .isEqualTo(ref.flags().get("betaConv")[i]);
        }
    }

    /**
     * The GLM step alone, at DESeq2's own size factors and final dispersions (from the reference), so that the
     * IRLS and L-BFGS-B fits are compared without the dispersion estimates before them: the coefficient of the
     * contrast and its standard error of every gene DESeq2 refitted by L-BFGS-B, and of the genes zero in one
     * group. This includes divergent_batch_cond (3 vs 3 with a batch: 3 residual degrees of freedom), whose full
     * pipeline differs from DESeq2's in the prior width of the dispersions (EstimateDispersionsPriorVar's
     * simulated path), not in the fits.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "divergent, divergent_cond, cond, cond, B, A",
            "divergent, divergent_batch_cond, batch cond, cond, B, A",
            "divergent8, divergent8_cond, cond, cond, B, A",
            "divergent8, divergent8_batch_cond, batch cond, cond, B, A",
            "pasilla, pasilla_type_condition, type condition, condition, treated, untreated"})
    void fitsAtDeseq2sDispersionsMatch(String dataset, String name, String design, String factor, String num,
            String den) throws IOException {
        DeseqFidelityTest.Reference ref = DeseqFidelityTest.reference(name);
        List<String[]> counts = DeseqFidelityTest.read(DeseqFidelityTest.DIR + dataset + ".counts.tsv"
                + (dataset.equals("pasilla") ? ".gz" : ""));
        List<String[]> sheet = DeseqFidelityTest.read(DeseqFidelityTest.DIR + dataset + ".samples.tsv");
        String[] header = counts.get(0);
        List<String> factors = List.of(design.split(" "));
        java.util.Map<String, List<String>> levels = new java.util.LinkedHashMap<>();
        for (String f : factors) {
            int column = List.of(sheet.get(0)).indexOf(f);
            List<String> l = new ArrayList<>();
            for (int j = 1; j < header.length; j++) {
                for (String[] row : sheet.subList(1, sheet.size())) {
                    if (row[0].equals(header[j])) {
                        l.add(row[column]);
                    }
                }
            }
            levels.put(f, l);
        }
        int m = header.length - 1;
        java.util.Map<String, DesignVariable> variables = new java.util.LinkedHashMap<>();
        levels.forEach((f, values) -> variables.put(f, DesignVariable.Factor.of(values)));
        ModelFormula formula = ModelFormula.additive(factors);
        ModelMatrix x = ModelMatrix.build(formula, variables, m);
        FitNbinomGLMs glm = new FitNbinomGLMs(x, ref.sizeFactors());
        double[] c = ResultsContrast.resolve(x, variables, formula, ResultsSpec.of(new ContrastSpec(factor, num, den)))
                .vector();
        DeseqFidelityTest.Run asRun = new DeseqFidelityTest.Run(null, ref);
        double maxLfc = 0;
        double maxSe = 0;
        int compared = 0;
        int optim = 0;
        for (int i : divergentGenes(asRun, dataset, factor, num, den)) {
            if (Double.isNaN(ref.col("dispersion")[i]) || ref.col("log2FoldChange")[i] == 0
                    || ref.flags().get("replaced")[i]) {
                continue; // without a fit, or under results()'s zero rule, or refitted on replaced counts
            }
            String[] f = counts.get(i + 1);
            int[] y = new int[m];
            for (int j = 0; j < m; j++) {
                y[j] = Integer.parseInt(f[j + 1]);
            }
            FitNbinomGLMs.Fit fit = glm.fit(y, ref.col("dispersion")[i]);
            double est = 0;
            for (int k = 0; k < c.length; k++) {
                est += c[k] * fit.beta()[k];
            }
            double lfc = est / Math.log(2);
            double se = Math.sqrt(SmallMatrix.quadraticForm(fit.sigma(), c)) / Math.log(2);
            String gene = ref.genes().get(i);
            maxLfc = Math.max(maxLfc, Math.abs(lfc - ref.col("log2FoldChange")[i]));
            maxSe = Math.max(maxSe, relError(se, ref.col("lfcSE")[i]));
            // measured: LFC within 3.5e-6, lfcSE within 1e-11 relative
            assertThat(lfc).as("LFC of %s", gene).isCloseTo(ref.col("log2FoldChange")[i],
                    org.assertj.core.data.Offset.offset(1e-4));
            assertThat(relError(se, ref.col("lfcSE")[i])).as("lfcSE of %s", gene).isLessThan(1e-6);
            assertThat(fit.converged()).as("betaConv of %s", gene).isEqualTo(ref.flags().get("betaConv")[i]);
            assertThat(fit.iterations()).as("betaIter of %s", gene).isEqualTo(ref.betaIter()[i]);
            compared++;
            optim += ref.betaIter()[i] == 100 ? 1 : 0;
        }
        System.out.printf("%s at DESeq2's dispersions: %d genes (%d refitted by L-BFGS-B): max |LFC error| %.3g, "
                + "max relative lfcSE error %.3g%n", name, compared, optim, maxLfc, maxSe);
        assertThat(optim).isPositive();
    }
}
