package org.gluegraph.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gluegraph.cli.DeCli;
import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.DeseqOutcome;
import org.gluegraph.expression.internal.ResultsSpec;
import org.gluegraph.expression.io.ResultWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.ParameterException;

class DeCommandTest {

    @TempDir
    Path dir;

    private static final String[] REQUIRED = {"--counts", "c.tsv", "--samples", "s.tsv", "--design", "~ cell + dex",
            "--contrast", "dex,trt,untrt", "--out", "r.tsv"};

    private static String[] with(String... extra) {
        String[] all = new String[REQUIRED.length + extra.length];
        System.arraycopy(REQUIRED, 0, all, 0, REQUIRED.length);
        System.arraycopy(extra, 0, all, REQUIRED.length, extra.length);
        return all;
    }

    @Test
    void parsesAllOptions() {
        DeArguments a = DeCli.parse(with("--details", "d", "--lfc-shrink", "normal", "--alpha=0.05",
                "--threads", "3", "--attach", "my study"));
        assertThat(a.counts()).isEqualTo(Path.of("c.tsv"));
        assertThat(a.samples()).isEqualTo(Path.of("s.tsv"));
        assertThat(a.design()).isEqualTo("~ cell + dex");
        assertThat(a.contrast()).isEqualTo(new ContrastSpec("dex", "trt", "untrt"));
        assertThat(a.out()).isEqualTo(Path.of("r.tsv"));
        assertThat(a.details()).isEqualTo(Path.of("d"));
        assertThat(a.lfcShrinkNormal()).isTrue();
        assertThat(a.alpha()).isEqualTo(0.05);
        assertThat(a.threads()).isEqualTo(3);
        assertThat(a.attach()).isEqualTo("my study");
    }

    @Test
    void defaultsAreDeseq2s() {
        DeArguments a = DeCli.parse(REQUIRED);
        assertThat(a.alpha()).isEqualTo(0.1);
        assertThat(a.lfcShrinkNormal()).isFalse();
        assertThat(a.details()).isNull();
        assertThat(a.attach()).isNull();
        assertThat(a.threads()).isEqualTo(DeseqOptions.defaults().threads());
    }

    /** The parser's (picocli's) messages name the option and what was expected. */
    @Test
    void rejectsBadArgumentsNamingTheOption() {
        assertThatThrownBy(() -> DeCli.parse(new String[]{"--counts", "c.tsv"}))
                .isInstanceOf(ParameterException.class).hasMessageContaining("'--samples=FILE'");
        assertThatThrownBy(() -> DeCli.parse(with("--colour", "red"))).hasMessageContaining("Unknown option")
                .hasMessageContaining("'--colour'");
        assertThatThrownBy(() -> DeCli.parse(with("extra"))).hasMessageContaining("'extra'");
        assertThatThrownBy(() -> DeCli.parse(with("--alpha"))).hasMessageContaining("'--alpha'")
                .hasMessageContaining("Missing required parameter");
        assertThatThrownBy(() -> DeCli.parse(with("--alpha", "1.5")))
                .hasMessage("Invalid value for option '--alpha': expected a number between 0 and 1 (exclusive), found '1.5'");
        assertThatThrownBy(() -> DeCli.parse(with("--alpha", "x")))
                .hasMessage("Invalid value for option '--alpha': expected a number, found 'x'");
        assertThatThrownBy(() -> DeCli.parse(with("--threads", "0")))
                .hasMessage("Invalid value for option '--threads': expected a whole number from 1 to 1024, found '0'");
        assertThatThrownBy(() -> DeCli.parse(with("--lfc-shrink", "apeglm")))
                .hasMessage("--lfc-shrink: expected 'normal', found 'apeglm' (apeglm and ashr are not implemented)");
        assertThatThrownBy(() -> DeCli.parse(with("--counts", "other.tsv"))).hasMessageContaining("'--counts'")
                .hasMessageContaining("only once");
        String[] badContrast = REQUIRED.clone();
        badContrast[7] = "dex,trt";
        assertThatThrownBy(() -> DeCli.parse(badContrast)).hasMessage("Invalid value for option '--contrast':"
                + " expected FACTOR,NUMERATOR,DENOMINATOR (e.g. dex,trt,untrt), found 'dex,trt'");
        String[] badDesign = REQUIRED.clone();
        badDesign[5] = "~ cell^dex";
        assertThatThrownBy(() -> DeCli.parse(badDesign)).hasMessageStartingWith("Invalid value for option '--design'")
                .hasMessageContaining("operator in 'cell^dex'");
    }

    @Test
    void parsesTheDesignOptions() {
        DeArguments a = DeCli.parse(new String[]{"--counts", "c.tsv", "--samples", "s.tsv", "--design",
                "~ genotype * condition", "--name", "genotypeB.conditiontrt", "--out", "r.tsv", "--factor", "batch",
                "--factor=lane", "--reference", "condition=untrt", "--test", "LRT", "--reduced", "~ genotype + condition",
                "--round"});
        assertThat(a.contrast()).isNull();
        assertThat(a.name()).isEqualTo("genotypeB.conditiontrt");
        assertThat(a.factors()).containsExactlyInAnyOrder("batch", "lane");
        assertThat(a.references()).containsEntry("condition", "untrt").hasSize(1);
        assertThat(a.lrt()).isTrue();
        assertThat(a.reduced()).isEqualTo("~ genotype + condition");
        assertThat(a.round()).isTrue();
        DeArguments t = DeCli.parse(with("--lfc-threshold", "1", "--alt-hypothesis", "lessAbs"));
        assertThat(t.lfcThreshold()).isEqualTo(1.0);
        assertThat(t.altHypothesis()).isEqualTo(AltHypothesis.LESS_ABS);
        assertThat(t.lrt()).isFalse();
        // neither --contrast nor --name: DESeq2's default, the last coefficient
        DeArguments d = DeCli.parse(new String[]{"--counts", "c", "--samples", "s", "--design", "~ age",
                "--out", "o"});
        assertThat(d.results()).isEqualTo(ResultsSpec.lastCoefficient());
    }

    /** Every bad value of the new options: exit code 2 and a message naming the option and what was expected. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--name|genotypeB.conditiontrt|--name: give a factor contrast or a coefficient name, not both",
            "--name|' '|Invalid value for option '--name': expected a name, found an empty value",
            "--factor|' '|Invalid value for option '--factor' (COLUMN): expected a name, found an empty value",
            "--reference|condition|--reference: expected FACTOR=LEVEL (e.g. condition=untrt), found 'condition'",
            "--reference|=untrt|--reference: expected FACTOR=LEVEL (e.g. condition=untrt), found '=untrt'",
            "--test|wilcoxon|Invalid value for option '--test': expected one of [Wald, LRT] (case-insensitive) but was 'wilcoxon'",
            "--test|LRT|--reduced: the likelihood ratio test needs the reduced design, the design without the terms to test, e.g. '~ 1'",
            "--reduced|~ cell|--reduced: only used by the likelihood ratio test (test LRT)",
            "--lfc-threshold|-1|Invalid value for option '--lfc-threshold': expected a number >= 0 (log2 scale), found '-1'",
            "--lfc-threshold|one|Invalid value for option '--lfc-threshold': expected a number, found 'one'",
            "--lfc-threshold|Infinity|Invalid value for option '--lfc-threshold': expected a number >= 0 (log2 scale), found 'Infinity'",
            "--alt-hypothesis|greaterabs|Invalid value for option '--alt-hypothesis': expected greaterAbs, lessAbs, greater or less, found 'greaterabs'",
            "--alt-hypothesis|lessAbs|--alt-hypothesis: lessAbs needs a positive lfcThreshold (an absolute log2 fold change below 0 cannot be tested)",
            "--round=yes||Invalid value for option '--round': 'yes' is not a boolean"})
    void rejectsBadDesignOptionsWithExitCode2(String option, String value, String message) {
        String[] args = value == null ? with(option) : with(option, value.isBlank() ? "" : value);
        assertThatThrownBy(() -> DeCli.parse(args)).isInstanceOf(ParameterException.class).hasMessage(message);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeCli.execute(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("de: " + message).contains("de --help");
    }

    @Test
    void rejectsOptionsThatDeseq2DoesNotCombine() {
        assertThatThrownBy(() -> DeCli.parse(with("--test", "LRT", "--reduced", "~ cell", "--lfc-threshold", "1")))
                .hasMessage("--lfc-threshold: thresholded tests are Wald tests; DESeq2 does not combine them with the"
                        + " likelihood ratio test");
        assertThatThrownBy(() -> DeCli.parse(with("--test", "LRT", "--reduced", "~ cell", "--lfc-shrink", "normal")))
                .hasMessageStartingWith("--lfc-shrink: not with --test LRT");
        assertThatThrownBy(() -> DeCli.parse(with("--reference", "dex=trt", "--reference", "dex=untrt")))
                .hasMessage("--reference: factor 'dex' given more than once");
        assertThatThrownBy(() -> DeCli.parse(with("--reduced", "~ cell +", "--test", "LRT")))
                .hasMessageStartingWith("Invalid value for option '--reduced': design '~ cell +': term 2 is empty");
        // the graph stores any analysis (the contrast records its test and options)
        assertThat(DeCli.parse(with("--attach", "x", "--lfc-threshold", "1")).analysis().lfcThreshold())
                .isEqualTo(1.0);
        assertThatThrownBy(() -> DeCli.parse(new String[]{"--counts", "c", "--samples", "s", "--design", "~ 1",
                "--out", "o"})).hasMessageStartingWith("--design: '~ 1' has no variable");
    }

    @Test
    void executeReportsBadInputWithExitCode2AndNoStackTrace() throws IOException {
        Path counts = dir.resolve("counts.tsv");
        Files.writeString(counts, "gene\tA\tB\tC\tD\nG1\t1\t2\t3\t4\nG2\t1\t2\t3.5\t4\n");
        Path samples = dir.resolve("samples.tsv");
        Files.writeString(samples, "sample\tdex\nA\ttrt\nB\ttrt\nC\tuntrt\nD\tuntrt\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeCli.execute(new String[]{"--counts", counts.toString(), "--samples", samples.toString(),
                "--design", "~ dex", "--contrast", "dex,trt,untrt", "--out", dir.resolve("r.tsv").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(message).contains("de: counts.tsv line 3, column 4 (sample 'C'): expected a non-negative "
                + "integer count, found '3.5'");
        assertThat(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("r.tsv")).doesNotExist();
    }

    @Test
    void executeReportsUsageErrorsAndHelp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(DeCli.execute(new String[]{"--bogus"}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: '--bogus'").contains("de --help");
        assertThat(DeCli.execute(new String[]{"--help"}, o, e)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: de ");
    }

    /** Happy path against DESeq2 1.38.3 (see src/test/resources/expression/de-small/README.md). */
    @Test
    void runsSmallStudyAndMatchesDeseq2() throws Exception {
        Path ref = resource("expression/de-small");
        Path out = dir.resolve("results.tsv");
        Path details = dir.resolve("details");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeCli.execute(new String[]{"--counts", ref.resolve("counts.tsv").toString(),
                "--samples", ref.resolve("samples.csv").toString(), "--design", "~ cell + dex",
                "--contrast", "dex,trt,untrt", "--out", out.toString(), "--details", details.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isZero();
        assertThat(log).contains("[de] read counts (500 genes x 6 samples)").contains("[de] pipeline ");

        List<String[]> expected = table(ref.resolve("deseq2_results.tsv"));
        List<String[]> actual = table(out);
        assertThat(Files.readAllLines(out).get(0)).isEqualTo(ResultWriter.HEADER);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 1; i < expected.size(); i++) {
            String[] e = expected.get(i);
            String[] a = actual.get(i);
            assertThat(a[0]).isEqualTo(e[0]);
            String gene = e[0];
            close(gene, "baseMean", a[2], e[1], 0, 1e-9);
            close(gene, "log2FoldChange", a[3], e[2], 1e-4, 1e-4);
            close(gene, "lfcSE", a[4], e[3], 1e-4, 1e-4);
            close(gene, "stat", a[5], e[4], 1e-4, 1e-4);
            close(gene, "pvalue", a[6], e[5], 1e-8, 1e-3);
            close(gene, "padj", a[7], e[6], 1e-8, 1e-3);
        }

        List<String[]> sf = table(details.resolve("sizeFactors.tsv"));
        List<String[]> sfRef = table(ref.resolve("deseq2_sizeFactors.tsv"));
        assertThat(sf).hasSameSizeAs(sfRef);
        for (int i = 1; i < sfRef.size(); i++) {
            assertThat(sf.get(i)[0]).isEqualTo(sfRef.get(i)[0]);
            close(sf.get(i)[0], "sizeFactor", sf.get(i)[1], sfRef.get(i)[1], 0, 1e-9);
        }
        List<String[]> disp = table(details.resolve("dispersions.tsv"));
        assertThat(disp.get(0)).containsExactly("gene_id", "dispGeneEst", "dispFit", "dispersion", "dispOutlier",
                "maxCooks", "replaced", "converged");
        assertThat(disp).hasSize(501);
        assertThat(Files.readString(details.resolve("run.tsv"))).contains("dispersionFitType\t");
    }

    @Test
    void runReturnsTheOutcomeItWrote() throws Exception {
        Path ref = resource("expression/de-small");
        Path out = dir.resolve("r.tsv");
        DeArguments a = DeCli.parse(new String[]{"--counts", ref.resolve("counts.tsv").toString(),
                "--samples", ref.resolve("samples.csv").toString(), "--design", "~cell+dex",
                "--contrast", "dex,trt,untrt", "--out", out.toString(), "--attach", "small"});
        DeseqOutcome outcome = DeCommand.run(a, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        List<String[]> written = table(out);
        assertThat(outcome.results()).hasSize(written.size() - 1);
        for (int i = 0; i < outcome.results().size(); i++) {
            var r = outcome.results().get(i);
            String[] w = written.get(i + 1);
            assertThat(w[0]).isEqualTo(r.geneId());
            // written numbers read back to exactly the computed doubles
            // boxed, so that NA (NaN) read back equals NA computed
            assertThat(Double.valueOf(parse(w[3]))).isEqualTo(Double.valueOf(r.log2FoldChange()));
            assertThat(Double.valueOf(parse(w[7]))).isEqualTo(Double.valueOf(r.padj()));
        }
        assertThat(outcome.sampleIds()).containsExactly("c1_trt", "c1_untrt", "c2_trt", "c2_untrt", "c3_trt", "c3_untrt");
    }

    /** A numeric covariate end to end: the progress says which columns are numeric and which are factors. */
    @Test
    void reportsNumericAndFactorColumns() throws Exception {
        Path ref = resource("expression/reference");
        Path out = dir.resolve("age.tsv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeCli.execute(new String[]{"--counts", ref.resolve("covariate.counts.tsv").toString(),
                "--samples", ref.resolve("covariate.samples.tsv").toString(), "--design", "~ sex + age",
                "--out", out.toString(), "--threads", "2"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isZero();
        assertThat(log).contains("[de]   'sex': factor, 2 levels (F, M), reference 'F'")
                .contains("[de]   'age': numeric covariate (every value is a number), from 22.2 to 64.0")
                .contains("note (DESeq2): mean or standard deviation above 5")
                .contains("[de] resultsNames: Intercept, sex_M_vs_F, age")
                .contains("[de] log2FoldChange: log2 fold change (MLE): age; pvalue: Wald test p-value: age");
        List<String[]> rows = table(out);
        assertThat(rows).hasSize(1501);
        // the same numbers as the engine test against DESeq2 (DeseqDesignsFidelityTest): spot-check one gene
        List<String[]> expected;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(
                ref.resolve("covariate_age.results.tsv.gz")))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.split("\t", -1))
                    .toList();
        }
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i)[0]).isEqualTo(expected.get(i)[0]);
            close(rows.get(i)[0], "log2FoldChange", rows.get(i)[3], expected.get(i)[2], 1e-8, 1e-6);
            close(rows.get(i)[0], "padj", rows.get(i)[7], expected.get(i)[6], 1e-12, 1e-6);
        }
    }

    @Test
    void executeRefusesAContrastOnANumericColumnNamingIt() throws Exception {
        Path ref = resource("expression/reference");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeCli.execute(new String[]{"--counts", ref.resolve("covariate.counts.tsv").toString(),
                "--samples", ref.resolve("covariate.samples.tsv").toString(), "--design", "~ batch",
                "--contrast", "batch,3,1", "--out", dir.resolve("x.tsv").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("contrast 'batch,3,1': column 'batch' of"
                + " covariate.samples.tsv is numeric (every value is a number)");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        code = DeCli.execute(new String[]{"--counts", ref.resolve("covariate.counts.tsv").toString(),
                "--samples", ref.resolve("covariate.samples.tsv").toString(), "--design", "~ batch + age",
                "--name", "batch_3_vs_2", "--factor", "batch", "--out", dir.resolve("x.tsv").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err2, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains("de: coefficient 'batch_3_vs_2' is not in"
                + " resultsNames of the design ~ batch + age: Intercept, batch_2_vs_1, batch_3_vs_1, age");
        assertThat(dir.resolve("x.tsv")).doesNotExist();
    }

    @Test
    void runsTheLikelihoodRatioTestWithAReferenceLevel() throws Exception {
        Path ref = resource("expression/reference");
        Path out = dir.resolve("lrt.tsv");
        Path details = dir.resolve("lrt-details");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeCli.execute(new String[]{"--counts", ref.resolve("interaction.counts.tsv").toString(),
                "--samples", ref.resolve("interaction.samples.tsv").toString(), "--design", "~ genotype * condition",
                "--reference", "condition=untrt", "--test", "LRT", "--reduced", "~ genotype + condition",
                "--out", out.toString(), "--details", details.toString(), "--threads", "2"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isZero();
        assertThat(log).contains("'condition': factor, 2 levels (untrt, trt), reference 'untrt'")
                .contains("[de] nbinomLRT (reduced model ~ genotype + condition, 1 df)")
                .contains("resultsNames: Intercept, genotype_B_vs_A, condition_trt_vs_untrt, genotypeB.conditiontrt")
                .contains("pvalue: LRT p-value: '~ genotype * condition' vs '~ genotype + condition'");
        assertThat(Files.readString(details.resolve("run.tsv")))
                .contains("pvalue\tLRT p-value: '~ genotype * condition' vs '~ genotype + condition'");
        assertThat(table(out)).hasSize(2001);
    }

    @Test
    void roundsEstimatedCountsOnRequestOnly() throws Exception {
        Path ref = resource("expression/reference");
        String[] args = {"--counts", ref.resolve("tximport.counts.tsv").toString(), "--samples",
                ref.resolve("tximport.samples.tsv").toString(), "--design", "~ group", "--contrast", "group,trt,ctl",
                "--out", dir.resolve("t.tsv").toString(), "--threads", "2"};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(DeCli.execute(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("found '173.143'; estimated counts")
                .contains("de and vst do it with --round");
        String[] rounded = java.util.Arrays.copyOf(args, args.length + 1);
        rounded[args.length] = "--round";
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertThat(DeCli.execute(rounded, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err2, true, StandardCharsets.UTF_8))).isZero();
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains("(1200 genes x 8 samples, rounded to integers)");
        assertThat(table(dir.resolve("t.tsv"))).hasSize(1201);
    }

    private static double parse(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    private static void close(String gene, String column, String actual, String expected, double abs, double rel) {
        if (expected.equals("NA")) {
            assertThat(actual).as(gene + " " + column).isEqualTo("NA");
            return;
        }
        assertThat(actual).as(gene + " " + column).isNotEqualTo("NA");
        double e = Double.parseDouble(expected);
        double a = Double.parseDouble(actual);
        assertThat(Math.abs(a - e)).as(gene + " " + column + ": " + actual + " vs DESeq2 " + expected)
                .isLessThanOrEqualTo(abs + rel * Math.abs(e));
    }

    private static List<String[]> table(Path p) throws IOException {
        return Files.readAllLines(p).stream().map(l -> l.split("\t", -1)).toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DeCommandTest.class.getClassLoader().getResource(name).toURI());
    }
}
