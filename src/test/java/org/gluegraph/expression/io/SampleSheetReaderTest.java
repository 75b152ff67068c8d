package org.gluegraph.expression.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSheetReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void readsTsvFactorsInColumnOrder() throws IOException {
        SampleSheet s = SampleSheetReader.read(file("samples.tsv",
                "sample\tcell\tdex\nS1\tN61311\tuntrt\nS2\tN61311\ttrt\n"));
        assertThat(s.sampleIds()).containsExactly("S1", "S2");
        assertThat(s.factors().keySet()).containsExactly("cell", "dex");
        assertThat(s.factors().get("dex")).containsExactly("untrt", "trt");
    }

    @Test
    void readsQuotedCsv() throws IOException {
        SampleSheet s = SampleSheetReader.read(file("samples.csv",
                "\"file\",\"condition\",\"type\"\n\"treated1\",\"treated\",\"single-read\"\n"
                        + "\"untreated1\",\"untreated\",\"paired-end\"\n"));
        assertThat(s.sampleIds()).containsExactly("treated1", "untreated1");
        assertThat(s.factors().get("type")).containsExactly("single-read", "paired-end");
    }

    @Test
    void ignoresByteOrderMarkOfSpreadsheetExports() throws IOException {
        SampleSheet s = SampleSheetReader.read(file("bom.csv", "\uFEFFsample,dex\r\nS1,trt\r\n"));
        assertThat(s.factors().keySet()).containsExactly("dex");
        CountTable t = CountTableReader.read(file("bom.tsv", "\uFEFFGeneid\tChr\tS1\nG1\tchr1\t4\n"));
        assertThat(t.sampleIds()).containsExactly("S1");
    }

    @Test
    void rejectsEmptyMissingLevelDuplicateAndRagged() throws IOException {
        assertThatThrownBy(() -> SampleSheetReader.read(file("e.tsv", "")))
                .isInstanceOf(InputFileException.class).hasMessageStartingWith("e.tsv: the file is empty");
        assertThatThrownBy(() -> SampleSheetReader.read(file("h.tsv", "sample\n")))
                .hasMessageStartingWith("h.tsv line 1: the header has no factor columns");
        assertThatThrownBy(() -> SampleSheetReader.read(file("n.tsv", "sample\tdex\n")))
                .hasMessage("n.tsv: no sample lines after the header (line 1)");
        assertThatThrownBy(() -> SampleSheetReader.read(file("s.tsv", "sample\tdex\nS1\ttrt\nS2\tNA\n")))
                .hasMessage("s.tsv line 3, column 2 (factor 'dex', sample 'S2'): expected a level, found 'NA'");
        assertThatThrownBy(() -> SampleSheetReader.read(file("d.tsv", "sample\tdex\nS1\ttrt\nS1\tuntrt\n")))
                .hasMessage("d.tsv line 3, column 1: duplicate sample 'S1' (also on line 2)");
        assertThatThrownBy(() -> SampleSheetReader.read(file("r.tsv", "sample\tcell\tdex\nS1\tA\n")))
                .hasMessage("r.tsv line 2: expected 3 columns like the header (line 1), found 2");
        assertThatThrownBy(() -> SampleSheetReader.read(file("f.tsv", "sample\tdex\tdex\nS1\ta\tb\n")))
                .hasMessage("f.tsv line 1, column 3: duplicate factor 'dex' (also column 2)");
    }
}
