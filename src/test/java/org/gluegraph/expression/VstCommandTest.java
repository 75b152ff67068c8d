package org.gluegraph.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.gluegraph.cli.VstCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.ParameterException;

/** The vst command end to end against DESeq2 1.38.3's vst and plotPCA (references in expression/reference). */
class VstCommandTest {

    @TempDir
    Path dir;

    private static Path ref(String name) throws URISyntaxException {
        return Path.of(VstCommandTest.class.getClassLoader().getResource("expression/reference/" + name).toURI());
    }

    private static List<String[]> table(Path p) throws IOException {
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.split("\t", -1)).toList();
        }
    }

    @Test
    void writesVstValuesAndPcaAsDeseq2() throws Exception {
        Path out = dir.resolve("vst.tsv.gz");
        Path pca = dir.resolve("pca.tsv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VstCli.execute(new String[]{"--counts", ref("synthetic.counts.tsv").toString(), "--samples",
                ref("synthetic.samples.tsv").toString(), "--out", out.toString(), "--pca", pca.toString(),
                "--threads", "2"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isZero();
        assertThat(log).contains("varianceStabilizingTransformation (blind, parametric trend: asymptDisp 0.0418975")
                .contains("plotPCA on the 500 most variable genes");
        List<String[]> mine = table(out);
        List<String[]> expected = table(ref("synthetic_vst.values.tsv.gz"));
        assertThat(mine).hasSameSizeAs(expected);
        assertThat(mine.get(0)).containsExactly(expected.get(0));
        for (int i = 1; i < expected.size(); i++) {
            assertThat(mine.get(i)[0]).isEqualTo(expected.get(i)[0]);
            for (int j = 1; j < expected.get(i).length; j++) {
                assertThat(Double.parseDouble(mine.get(i)[j])).as("%s %s", mine.get(i)[0], mine.get(0)[j])
                        .isCloseTo(Double.parseDouble(expected.get(i)[j]), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        List<String[]> p = table(pca);
        List<String[]> pRef = table(ref("synthetic_vst.pca.tsv"));
        assertThat(p).hasSize(pRef.size() + 1);
        for (int c = 1; c <= 2; c++) {
            double sign = Math.signum(Double.parseDouble(p.get(1)[c])) * Math.signum(Double.parseDouble(pRef.get(1)[c]));
            for (int j = 1; j < pRef.size(); j++) {
                assertThat(p.get(j)[0]).isEqualTo(pRef.get(j)[0]);
                assertThat(sign * Double.parseDouble(p.get(j)[c])).isCloseTo(Double.parseDouble(pRef.get(j)[c]),
                        org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        List<String> percent = Files.readAllLines(ref("synthetic_vst.percentVar.txt"));
        String[] last = p.get(p.size() - 1);
        assertThat(last[0]).isEqualTo("percentVar");
        assertThat(Double.parseDouble(last[1])).isCloseTo(Double.parseDouble(percent.get(0)),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Double.parseDouble(last[2])).isCloseTo(Double.parseDouble(percent.get(1)),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--ntop|1|Invalid value for option '--ntop': expected a whole number from 2 up, found '1'",
            "--ntop|many|Invalid value for option '--ntop': expected a whole number from 2 up, found 'many'",
            "--threads|0|Invalid value for option '--threads': expected a whole number from 1 to 1024, found '0'",
            "--colour|red|Unknown options: '--colour', 'red'"})
    void rejectsBadArgumentsWithExitCode2(String option, String value, String message) {
        String[] args = {"--counts", "c.tsv", "--samples", "s.tsv", "--out", "v.tsv", "--pca", "p.tsv", option, value};
        assertThatThrownBy(() -> VstCli.parse(args)).isInstanceOf(ParameterException.class).hasMessage(message);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(VstCli.execute(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("vst: " + message);
    }

    @Test
    void rejectsMissingOptionsAndMismatchedSamples() throws Exception {
        assertThatThrownBy(() -> VstCli.parse(new String[]{"--counts", "c.tsv", "--out", "v.tsv"}))
                .hasMessage("Missing required option: '--samples=FILE'");
        assertThatThrownBy(() -> VstCli.parse(new String[]{"--counts", "c", "--samples", "s", "--out", "v",
                "--ntop", "100"})).hasMessage("--ntop: only used with --pca FILE");
        Path sheet = dir.resolve("s.tsv");
        Files.writeString(sheet, "sample\tgroup\ns01\tA\ns02\tB\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VstCli.execute(new String[]{"--counts", ref("synthetic.counts.tsv").toString(), "--samples",
                sheet.toString(), "--out", dir.resolve("v.tsv").toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("vst: samples do not match between synthetic.counts.tsv"
                + " and s.tsv: in synthetic.counts.tsv but not in s.tsv: 's03'");
        assertThat(dir.resolve("v.tsv")).doesNotExist();
    }
}
