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

    private String succeeds(String... args) {
        var err = new ByteArrayOutputStream();
        int code = EnrichCli.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(code).as(err.toString()).isZero();
        return err.toString();
    }

    /** Ids of any kind become HGNC symbols as the API maps them; the unmapped and ambiguous are named. */
    @Test
    void inputIdsAreMappedToSymbolsAndTheUnmappedAreReported() throws Exception {
        Path genes = tmp.resolve("g.txt");
        // MYC by Ensembl id, IKZF1 by HGNC id, IRF4 by symbol, CRBN by Entrez id; one id of no human gene
        Files.writeString(genes, "ENSG00000136997\nHGNC:13176\nIRF4\n51185\nFBgn0000003\n");
        Path out = tmp.resolve("o.tsv");
        String err = succeeds("--genes", genes.toString(), "--gmt", EnrichmentFidelityTest.HALLMARK.toString(),
                "--min-size", "1", "--out", out.toString());
        assertThat(err).contains("enrich: --genes: 1 id(s) name no HGNC gene, not used: [FBgn0000003]")
                .contains("enrich: ORA of ");
        assertThat(Files.readString(out)).contains("MYC");
    }

    @Test
    void aDeTableNeedsItsColumnsAndNumbers() throws Exception {
        Path bad = tmp.resolve("de.tsv");
        Files.writeString(bad, "gene_id\tsymbol\tbaseMean\tlog2FoldChange\tlfcSE\tpvalue\tpadj\nMYC\tMYC\t1\t2\t3\t0.1\t0.1\n");
        assertThat(fails("--de", bad.toString(), "--gmt", EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o"))
                .contains("de.tsv line 1: no column 'stat'");
        Files.writeString(bad, "gene_id\tsymbol\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj\n"
                + "MYC\tMYC\t1\t-2\t3\t4\t0.01\tlow\n");
        assertThat(fails("--de", bad.toString(), "--gmt", EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o"))
                .contains("de.tsv line 2, column 8 (padj): expected a number or NA, found 'low'");
        Files.writeString(bad, "gene_id\tsymbol\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj\n"
                + "MYC\tMYC\t1\t2\t3\t4\t0.01\t0.01\n");
        assertThat(fails("--de", bad.toString(), "--direction", "down", "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o"))
                .contains("no gene of").contains("has padj < 0.05 in direction down");
        assertThat(fails("--de", bad.toString(), "--genes", bad.toString(), "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o")).contains("--de: give the de table or");
        assertThat(fails("--genes", bad.toString(), "--padj", "0.1", "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o")).contains("--padj/--direction");
        assertThat(fails("--de", bad.toString(), "--padj", "2", "--gmt",
                EnrichmentFidelityTest.HALLMARK.toString(), "--out", "o"))
                .contains("Invalid value for option '--padj': expected a number above 0 and at most 1, found '2'");
    }
}
