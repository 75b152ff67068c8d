package org.gluegraph.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one delimited-text reader: quoting rules, gzip, BOM, CRLF, blank lines, line numbers and the caller's errors. */
class DelimitedTextTest {

    @TempDir
    Path dir;

    /** The caller's exception: here a plain one whose message is the place and the problem. */
    private static final DelimitedText.Errors ERRORS = (file, line, column, problem, cause) ->
            new IllegalStateException(DelimitedText.Errors.where(file, line, column) + ": " + problem);

    private static List<List<String>> rows(DelimitedText t) {
        List<List<String>> out = new ArrayList<>();
        while (t.nextLine()) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < t.fieldCount(); i++) {
                r.add(t.field(i));
            }
            r.add("@" + t.lineNumber());
            out.add(r);
        }
        return out;
    }

    private static DelimitedText of(String text, char delimiter, DelimitedText.Quoting q) {
        return DelimitedText.of("t.tsv", text.getBytes(StandardCharsets.UTF_8), delimiter, q, ERRORS);
    }

    @Test
    void rfc4180QuotesHoldDelimitersLineBreaksAndDoubledQuotes() {
        DelimitedText t = of("id,name\n\"a,b\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\nlast,y\n", ',',
                DelimitedText.Quoting.RFC4180);
        assertThat(rows(t)).containsExactly(List.of("id", "name", "@1"), List.of("a,b", "say \"hi\"", "@2"),
                List.of("multi\nline", "x", "@4"), List.of("last", "y", "@5"));
    }

    @Test
    void wrappedQuotesAreUnwrappedOnlyAroundAWholeFieldAndOtherQuotesAreText() {
        DelimitedText t = of("id\taliases\ttitle\nG1\t\"A|B\"\t\"Quoted\" words\nG2\t\t\"\n", '\t',
                DelimitedText.Quoting.WRAPPED);
        assertThat(rows(t)).containsExactly(List.of("id", "aliases", "title", "@1"),
                List.of("G1", "A|B", "\"Quoted\" words", "@2"), List.of("G2", "", "\"", "@3"));
    }

    @Test
    void bomCrlfAndBlankLinesAreNotData() {
        DelimitedText t = of("\uFEFFgene\tA\r\n\r\n   \nG1\t5\r\nG2\t7", '\t', DelimitedText.Quoting.RFC4180);
        assertThat(rows(t)).containsExactly(List.of("gene", "A", "@1"), List.of("G1", "5", "@4"),
                List.of("G2", "7", "@5"));
    }

    @Test
    void gzipIsReadByItsMagicBytesAndTheDelimiterByTheName() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("gene,A\nG1,3\n".getBytes(StandardCharsets.UTF_8));
        }
        Path csv = Files.write(dir.resolve("counts.csv.gz"), gz.toByteArray());
        DelimitedText t = DelimitedText.open(csv, ERRORS);
        assertThat(t.fileName()).isEqualTo("counts.csv.gz");
        assertThat(rows(t)).containsExactly(List.of("gene", "A", "@1"), List.of("G1", "3", "@2"));
        // an unknown extension: the first line decides
        Path other = Files.writeString(dir.resolve("table.dat"), "a\tb\n1\t2\n");
        assertThat(rows(DelimitedText.open(other, ERRORS)).get(1)).containsExactly("1", "2", "@2");
        assertThat(rows(of("gene\tA\nG1\t3\n", '\t', DelimitedText.Quoting.WRAPPED)).get(1))
                .containsExactly("G1", "3", "@2");
    }

    @Test
    void countsParseFromTheBytesAndRefuseWhatIsNotACount() {
        DelimitedText t = of("g\t12\t1e+05\t12.0\t-1\t3.5\tNaN\t\n", '\t', DelimitedText.Quoting.RFC4180);
        assertThat(t.nextLine()).isTrue();
        assertThat(List.of(t.countAt(1), t.countAt(2), t.countAt(3), t.countAt(4), t.countAt(5), t.countAt(6),
                t.countAt(7))).containsExactly(12, 100000, 12, -1, -1, -1, -1);
    }

    @Test
    void errorsAreTheCallersAndNameTheFileLineAndColumn() {
        DelimitedText t = of("a\tb\nx\t\"open\n", '\t', DelimitedText.Quoting.RFC4180);
        assertThat(t.nextLine()).isTrue();
        assertThatThrownBy(t::nextLine).isInstanceOf(IllegalStateException.class)
                .hasMessage("t.tsv line 3, column 2: unterminated double quote");
        assertThatThrownBy(() -> DelimitedText.open(dir.resolve("missing.tsv"), ERRORS))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("missing.tsv: file not found (");
        // WRAPPED has no multi-line fields: a lone quote is text, not an unterminated field
        assertThat(rows(of("a\tb\nx\t\"open\n", '\t', DelimitedText.Quoting.WRAPPED)).get(1))
                .containsExactly("x", "\"open", "@2");
    }

    @Test
    void anEmptyFileHasNoLines() {
        DelimitedText t = of(" \n\n", '\t', DelimitedText.Quoting.RFC4180);
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.nextLine()).isFalse();
    }
}
