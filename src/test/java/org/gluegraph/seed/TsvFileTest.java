package org.gluegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** Seed files through the shared reader: the seed's own quoting, gzip, BOM, CRLF and its errors. */
class TsvFileTest {

    private static TsvFile read(String name, String text) {
        return TsvFile.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRowsWithTheirLinesUnwrappingWholeQuotedFieldsOnly() {
        TsvFile f = read("pubs.tsv", "\uFEFFid\ttitle\taliases\r\n\r\np1\t\"Quoted\" title\t\"A|B\"\r\np2\t\t\n");
        assertThat(f.header()).containsExactly("id", "title", "aliases");
        assertThat(f.rows()).hasSize(2);
        TsvFile.Row r = f.rows().get(0);
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.get("title")).isEqualTo("\"Quoted\" title");
        assertThat(r.list("aliases")).containsExactly("A", "B");
        assertThat(f.rows().get(1).get("title")).isEmpty();
        assertThat(f.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void readsGzip() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("hgnc_id\tsymbol\nHGNC:1\tA1BG\n".getBytes(StandardCharsets.UTF_8));
        }
        TsvFile f = TsvFile.read("genes.txt.gz", new ByteArrayInputStream(gz.toByteArray()));
        assertThat(f.rows().get(0).get("symbol")).isEqualTo("A1BG");
    }

    @Test
    void errorsNameTheFileLineAndField() {
        assertThatThrownBy(() -> read("r.tsv", "a\tb\nx\n")).isInstanceOf(SeedFormatException.class)
                .hasMessage("r.tsv line 2: expected 2 tab-separated fields as in the header, found 1");
        assertThatThrownBy(() -> read("r.tsv", "")).hasMessage("r.tsv line 1: empty file; expected a header line");
        assertThatThrownBy(() -> read("r.tsv", "a\tb\n").require("a", "c"))
                .hasMessage("r.tsv line 1, field 'c': missing column; the header must contain a, c");
        assertThatThrownBy(() -> read("r.tsv", "a\tb\nx\t\n").rows().get(0).required("b"))
                .hasMessage("r.tsv line 2, field 'b': must not be empty");
    }

    @Test
    void readsOnlyTheNamedColumnsAndRefusesAMissingOne() {
        byte[] text = "hgnc_id\tsymbol\tlocation\nHGNC:5\tA1BG\t19q13.43\n".getBytes(StandardCharsets.UTF_8);
        TsvFile f = TsvFile.read("genes.txt", new ByteArrayInputStream(text), java.util.Set.of("hgnc_id", "symbol"));
        assertThat(f.rows().get(0).get("symbol")).isEqualTo("A1BG");
        assertThat(f.rows().get(0).get("location")).isEmpty();
        assertThatThrownBy(() -> TsvFile.read("genes.txt", new ByteArrayInputStream(text), java.util.Set.of("entrez_id")))
                .isInstanceOf(SeedFormatException.class).hasMessageContaining("genes.txt")
                .hasMessageContaining("entrez_id");
    }
}
