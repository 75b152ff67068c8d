package org.gluegraph.expression.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.gluegraph.expression.internal.DeseqOutcome;
import org.gluegraph.expression.internal.GeneDetails;
import org.gluegraph.expression.internal.GeneResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {

    @TempDir
    Path dir;

    @Test
    void writesResultsInGivenOrderWithNaAndRoundTrippableNumbers() throws IOException {
        double tiny = 1.2345678901234567e-300;
        double third = 1.0 / 3.0;
        Path out = dir.resolve("sub/results.tsv");
        ResultWriter.write(out, List.of(
                new GeneResult("Z", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                new GeneResult("A", 1234.5, -third, 0.25, Double.POSITIVE_INFINITY, tiny, 0.1)), List.of("", "ASYM"));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("gene_id\tsymbol\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj");
        assertThat(lines.get(1)).isEqualTo("Z\t\t0.0\tNA\tNA\tNA\tNA\tNA");
        String[] a = lines.get(2).split("\t");
        assertThat(a[0]).isEqualTo("A");
        assertThat(a[1]).isEqualTo("ASYM");
        assertThat(Double.parseDouble(a[3])).isEqualTo(-third);
        assertThat(a[5]).isEqualTo("Inf");
        assertThat(Double.parseDouble(a[6])).isEqualTo(tiny);
    }

    @Test
    void gzipsWhenTheNameEndsInGz() throws IOException {
        Path out = dir.resolve("results.tsv.gz");
        ResultWriter.write(out, List.of(new GeneResult("G", 1, 2, 3, 4, 0.5, 0.5)), null);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(ResultWriter.HEADER + "\nG\t\t1.0\t2.0\t3.0\t4.0\t0.5\t0.5\n");
        }
    }

    @Test
    void writesDetails() throws IOException {
        DeseqOutcome outcome = new DeseqOutcome(List.of("s1", "s2"), new double[]{0.5, 2.0},
                List.of(), List.of(new GeneDetails("G1", 0.1, 0.2, 0.15, true, 3.5, false, true),
                new GeneDetails("G2", 1e-8, 0.2, Double.NaN, false, Double.NaN, true, false)), "local", 0.25,
                List.of("Intercept", "age"), "log2 fold change (MLE): age", "Wald test p-value: age");
        DetailsWriter.write(dir.resolve("details"), outcome);
        assertThat(Files.readAllLines(dir.resolve("details/sizeFactors.tsv")))
                .containsExactly("sample\tsizeFactor", "s1\t0.5", "s2\t2.0");
        assertThat(Files.readAllLines(dir.resolve("details/dispersions.tsv"))).containsExactly(
                "gene_id\tdispGeneEst\tdispFit\tdispersion\tdispOutlier\tmaxCooks\treplaced\tconverged",
                "G1\t0.1\t0.2\t0.15\tTRUE\t3.5\tFALSE\tTRUE",
                "G2\t1.0E-8\t0.2\tNA\tFALSE\tNA\tTRUE\tFALSE");
        assertThat(Files.readAllLines(dir.resolve("details/run.tsv")))
                .containsExactly("key\tvalue", "dispersionFitType\tlocal", "dispPriorVar\t0.25",
                        "resultsNames\tIntercept,age", "log2FoldChange\tlog2 fold change (MLE): age",
                        "pvalue\tWald test p-value: age");
    }
}
