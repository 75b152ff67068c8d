package org.gluegraph.expression.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountTableReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    /** --round: R's round() (halves to the even integer), as DESeqDataSetFromTximport applies it. */
    @Test
    void roundsEstimatedCountsAsR() throws IOException {
        Path p = file("salmon.tsv", "gene\tA\tB\nG1\t0.5\t1.5\nG2\t2.5\t3.49\nG3\t10.51\t7\nG4\t1e2\t0.0\n");
        CountTable t = CountTableReader.read(p, true);
        assertThat(t.counts()).isDeepEqualTo(new int[][]{{0, 2}, {2, 3}, {11, 7}, {100, 0}});
        assertThatThrownBy(() -> CountTableReader.read(p))
                .isInstanceOf(InputFileException.class)
                .hasMessage("salmon.tsv line 2, column 2 (sample 'A'): expected a non-negative integer count, found"
                        + " '0.5'; estimated counts (Salmon, kallisto, RSEM, tximport) must be rounded to integers as"
                        + " DESeqDataSetFromTximport does: de and vst do it with --round, an upload to /api/datasets with"
                        + " the form field round=true");
        // rounding does not make negative or non-numeric values counts
        Path bad = file("bad.tsv", "gene\tA\tB\nG1\t-0.5\t1\nG2\tNaN\t2\n");
        assertThatThrownBy(() -> CountTableReader.read(bad, true))
                .hasMessage("bad.tsv line 2, column 2 (sample 'A'): expected a non-negative integer count, found '-0.5'");
    }

    @Test
    void readsTsvInFileOrder() throws IOException {
        CountTable t = CountTableReader.read(file("counts.tsv",
                "gene_id\tb\ta\tc\nG1\t0\t5\t12\r\nG2\t7\t1000000\t3\n\n"));
        assertThat(t.fileName()).isEqualTo("counts.tsv");
        assertThat(t.sampleIds()).containsExactly("b", "a", "c");
        assertThat(t.geneIds()).containsExactly("G1", "G2");
        assertThat(t.counts()).isDeepEqualTo(new int[][]{{0, 5, 12}, {7, 1000000, 3}});
    }

    @Test
    void readsQuotedCsvAsWrittenByR() throws IOException {
        CountTable t = CountTableReader.read(file("counts.csv",
                "\"\",\"s1\",\"s2\"\n\"ENSG1\",1,2\n\"ENSG2\",1e+05,12.0\n"));
        assertThat(t.sampleIds()).containsExactly("s1", "s2");
        assertThat(t.geneIds()).containsExactly("ENSG1", "ENSG2");
        assertThat(t.counts()[1]).containsExactly(100000, 12);
    }

    @Test
    void readsRWriteTableHeaderWithoutRowNameColumn() throws IOException {
        CountTable t = CountTableReader.read(file("counts.txt", "s1\ts2\nG1\t1\t2\nG2\t3\t4\n"));
        assertThat(t.sampleIds()).containsExactly("s1", "s2");
        assertThat(t.geneIds()).containsExactly("G1", "G2");
        assertThat(t.counts()).isDeepEqualTo(new int[][]{{1, 2}, {3, 4}});
        assertThatThrownBy(() -> CountTableReader.read(file("r.txt", "s1\ts2\nG1\t1\t2\nG2\t3\n")))
                .hasMessage("r.txt line 3: expected 3 columns (the gene id, then the 2 samples named on line 1), found 2");
    }

    @Test
    void readsGzipByMagicBytesWhateverTheName() throws IOException {
        Path p = dir.resolve("counts.tsv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write("id\tx\ty\ng\t3\t4\n".getBytes(StandardCharsets.UTF_8));
        }
        CountTable t = CountTableReader.read(p);
        assertThat(t.counts()).isDeepEqualTo(new int[][]{{3, 4}});
        Path gz = dir.resolve("counts.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("id,x,y\ng,5,6\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(CountTableReader.read(gz).counts()).isDeepEqualTo(new int[][]{{5, 6}});
    }

    @Test
    void readsFeatureCountsSkippingCommentAndAnnotationColumns() throws IOException {
        CountTable t = CountTableReader.read(file("fc.txt", """
                # Program:featureCounts v2.0.3; Command:"featureCounts" "-a" "genes.gtf"
                Geneid\tChr\tStart\tEnd\tStrand\tLength\tS1.bam\tS2.bam
                ENSG01\tchr1;chr1\t11869;12010\t12227;12057\t+;+\t1735\t10\t0
                ENSG02\tchr1\t14404\t29570\t-\t15165\t3\t8
                """));
        assertThat(t.sampleIds()).containsExactly("S1.bam", "S2.bam");
        assertThat(t.geneIds()).containsExactly("ENSG01", "ENSG02");
        assertThat(t.counts()).isDeepEqualTo(new int[][]{{10, 0}, {3, 8}});
    }

    @Test
    void rejectsFractionalCountNamingLineColumnAndSample() throws IOException {
        Path p = file("counts.tsv", "gene\tuntreated1\ttreated1\ttreated2\nG1\t1\t2\t3\nG2\t1\t2\t3.5\n");
        assertThatThrownBy(() -> CountTableReader.read(p))
                .isInstanceOf(InputFileException.class)
                .hasMessage("counts.tsv line 3, column 4 (sample 'treated2'): expected a non-negative integer count, found '3.5'; estimated counts (Salmon,"
                        + " kallisto, RSEM, tximport) must be rounded to integers as DESeqDataSetFromTximport does:"
                        + " de and vst do it with --round, an upload to /api/datasets with the form field round=true");
    }

    @Test
    void rejectsNegativeAndMissingCounts() throws IOException {
        assertThatThrownBy(() -> CountTableReader.read(file("neg.tsv", "g\ta\tb\nG1\t-1\t2\n")))
                .hasMessage("neg.tsv line 2, column 2 (sample 'a'): expected a non-negative integer count, found '-1'");
        assertThatThrownBy(() -> CountTableReader.read(file("na.csv", "g,a,b\nG1,4,NA\n")))
                .hasMessage("na.csv line 2, column 3 (sample 'b'): expected a non-negative integer count, found 'NA'");
        assertThatThrownBy(() -> CountTableReader.read(file("empty.tsv", "g\ta\tb\nG1\t4\t\n")))
                .hasMessage("empty.tsv line 2, column 3 (sample 'b'): expected a non-negative integer count, found ''");
        assertThatThrownBy(() -> CountTableReader.read(file("big.tsv", "g\ta\nG1\t3000000000\n")))
                .hasMessageContaining("big.tsv line 2, column 2 (sample 'a')");
    }

    @Test
    void rejectsRaggedRow() throws IOException {
        Path p = file("counts.tsv", "gene\ta\tb\tc\nG1\t1\t2\t3\nG2\t1\t2\n");
        assertThatThrownBy(() -> CountTableReader.read(p))
                .isInstanceOf(InputFileException.class)
                .hasMessage("counts.tsv line 3: expected 4 columns like the header (line 1), found 3");
    }

    @Test
    void rejectsDuplicateGeneAndSample() throws IOException {
        assertThatThrownBy(() -> CountTableReader.read(file("counts.tsv", "gene\ta\tb\nG1\t1\t2\nG2\t0\t0\nG1\t3\t4\n")))
                .hasMessage("counts.tsv line 4, column 1: duplicate gene id 'G1' (also on line 2)");
        assertThatThrownBy(() -> CountTableReader.read(file("dup.tsv", "gene\ta\tb\ta\nG1\t1\t2\t3\n")))
                .hasMessage("dup.tsv line 1, column 4: duplicate sample 'a' (also column 2)");
    }

    @Test
    void rejectsEmptyFileMissingHeaderAndNoGenes() throws IOException {
        assertThatThrownBy(() -> CountTableReader.read(file("empty.tsv", "")))
                .hasMessageStartingWith("empty.tsv: the file is empty");
        assertThatThrownBy(() -> CountTableReader.read(file("blank.tsv", "\n\n  \n")))
                .hasMessageStartingWith("blank.tsv: the file is empty");
        assertThatThrownBy(() -> CountTableReader.read(file("onecol.tsv", "gene\nG1\n")))
                .hasMessageStartingWith("onecol.tsv line 1: the header has no sample columns");
        assertThatThrownBy(() -> CountTableReader.read(file("header.tsv", "gene\ta\tb\n")))
                .hasMessage("header.tsv: no gene lines after the header (line 1)");
        // a comma-separated file named .tsv: one column, so the message says what separator was expected
        assertThatThrownBy(() -> CountTableReader.read(file("wrong.tsv", "gene,a,b\nG1,1,2\n")))
                .hasMessageContaining("separated by tabs");
    }

    @Test
    void rejectsMissingFile() {
        assertThatThrownBy(() -> CountTableReader.read(dir.resolve("nope.tsv")))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("nope.tsv: file not found");
    }

    @Test
    void parsesLargeMatrixFast() throws IOException {
        // 20,000 x 200 (about 16 MB): must parse in well under a second; bench/de measures it properly,
        // here we only check the values and a generous bound so a pathological slowdown fails.
        int genes = 20_000;
        int samples = 200;
        StringBuilder b = new StringBuilder("gene_id");
        for (int s = 0; s < samples; s++) {
            b.append("\ts").append(s);
        }
        b.append('\n');
        for (int g = 0; g < genes; g++) {
            b.append("ENSG").append(g);
            for (int s = 0; s < samples; s++) {
                b.append('\t').append((g * 31 + s * 7) % 5000);
            }
            b.append('\n');
        }
        Path p = file("big.tsv", b.toString());
        // (its speed is measured by bench/de, not asserted here)
        CountTable t = CountTableReader.read(p);
        assertThat(t.geneIds()).hasSize(genes);
        assertThat(t.sampleIds()).hasSize(samples).startsWith("s0", "s1");
        assertThat(t.counts()[12345][67]).isEqualTo((12345 * 31 + 67 * 7) % 5000);
        assertThat(List.of(t.geneIds().get(genes - 1))).containsExactly("ENSG19999");
    }
}
