package org.gluegraph.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gluegraph.cli.EnrichCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the enrich command: exit code 2 and a message naming the file, line or option. */
class EnrichCommandTest {

    @TempDir
    Path tmp;

    private String fails(String... args) {
        var err = new ByteArrayOutputStream();
        int code = EnrichCli.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        return err.toString();
    }

    @Test
    void malformedGmtNamesFileAndLine() throws Exception {
        Path gmt = tmp.resolve("bad.gmt");
        Files.writeString(gmt, "SET_A\tdesc\tTP53\tMYC\nSET_B\tonly a description\n");
        Path genes = tmp.resolve("g.txt");
        Files.writeString(genes, "TP53\n");
        assertThat(fails("--genes", genes.toString(), "--gmt", gmt.toString(), "--out", tmp.resolve("o").toString()))
                .contains("bad.gmt line 2");
    }

    @Test
    void emptyGeneListIsRefused() throws Exception {
        Path genes = tmp.resolve("empty.txt");
        Files.writeString(genes, "\n# nothing\n");
        assertThat(fails("--genes", genes.toString(), "--gmt", EnrichmentFidelityTest.HALLMARK.toString(), "--out",
                tmp.resolve("o").toString())).contains("empty.txt: no genes");
    }

    @Test
    void universeSmallerThanTheQueryIsRefused() throws Exception {
        Path genes = tmp.resolve("g.txt");
        Files.writeString(genes, "TP53\nMYC\nIRF4\n");
        Path universe = tmp.resolve("u.txt");
        Files.writeString(universe, "TP53\n");
        assertThat(fails("--genes", genes.toString(), "--universe", universe.toString(), "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--out", tmp.resolve("o").toString()))
                .contains("--universe").contains("fewer than");
    }

    @Test
    void unknownOptionAndMissingFile() {
        assertThat(fails("--bogus", "x")).contains("Unknown options: '--bogus', 'x'").contains("enrich --help");
        assertThat(fails("--genes", tmp.resolve("nope.txt").toString(), "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o")).contains("file not found");
        assertThat(fails("--method", "gsea", "--gmt", EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o"))
                .contains("--ranked");
    }

    @Test
    void badRankedScoreNamesLineAndColumn() throws Exception {
        Path ranked = tmp.resolve("r.tsv");
        Files.writeString(ranked, "gene\tscore\nTP53\t1.5\nMYC\tabc\n");
        assertThat(fails("--method", "gsea", "--ranked", ranked.toString(), "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--out", tmp.resolve("o").toString()))
                .contains("r.tsv line 3, column 2");
    }
}
