package org.gluegraph.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gluegraph.cli.EnrichCli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ORA of the enrich command against base R (scripts/reference/enrichment_reference.R, R 4.2.2:
 * phyper(k - 1, K, N - K, n, lower.tail = FALSE) and p.adjust(p, "BH")): the same sets in the same order, equal
 * set sizes and overlaps, p-values and adjusted p-values to a relative error below 1e-9.
 */
class EnrichmentFidelityTest {

    static final Path RES = Path.of("src/test/resources/enrichment");
    static final Path HALLMARK = Path.of("seed-data/pathways/hallmark/h.all.v2023.2.Hs.symbols.gmt");
    static final Path REACTOME = Path.of("seed-data/pathways/reactome/ReactomePathways_2025-09-02.gmt");

    @TempDir
    Path tmp;

    static List<String[]> tsv(Path p) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String l : Files.readAllLines(p)) {
            rows.add(l.split("\t", -1));
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "lenalidomide_down.txt, hallmark, , ora_down_hallmark.tsv",
            "lenalidomide_up.txt, hallmark, , ora_up_hallmark.tsv",
            "lenalidomide_down.txt, reactome, , ora_down_reactome.tsv",
            "lenalidomide_up.txt, reactome, , ora_up_reactome.tsv",
            "lenalidomide_down.txt, hallmark, universe_demo.txt, ora_down_hallmark_universe.tsv"})
    void oraEqualsR(String genes, String collection, String universe, String reference) throws IOException {
        Path out = tmp.resolve("out.tsv");
        List<String> args = new ArrayList<>(List.of("--genes", RES.resolve(genes).toString(), "--gmt",
                (collection.equals("hallmark") ? HALLMARK : REACTOME).toString(), "--out", out.toString()));
        if (universe != null) {
            args.addAll(List.of("--universe", RES.resolve(universe).toString()));
        }
        var err = new ByteArrayOutputStream();
        assertThat(EnrichCli.execute(args.toArray(String[]::new), System.out, new PrintStream(err)))
                .as(err.toString()).isZero();
        List<String[]> mine = tsv(out);
        List<String[]> ref = tsv(RES.resolve(reference));
        assertThat(mine.get(0)).containsExactly("id", "name", "setSize", "overlap", "expected", "foldEnrichment",
                "pValue", "padj", "genes");
        assertThat(mine).hasSameSizeAs(ref);
        for (int i = 1; i < ref.size(); i++) {
            String[] m = mine.get(i);
            String[] r = ref.get(i);
            assertThat(m[0]).as("row %d", i).isEqualTo(r[0]);
            assertThat(m[2]).as("setSize of %s", r[0]).isEqualTo(r[1]);
            assertThat(m[3]).as("overlap of %s", r[0]).isEqualTo(r[2]);
            assertRelative(Double.parseDouble(m[6]), Double.parseDouble(r[3]), "pValue of " + r[0]);
            assertRelative(Double.parseDouble(m[7]), Double.parseDouble(r[4]), "padj of " + r[0]);
            assertThat(m[8].isEmpty() ? 0 : m[8].split(",").length).isEqualTo(Integer.parseInt(r[2]));
        }
    }

    static void assertRelative(double mine, double ref, String what) {
        if (ref == 0) {
            assertThat(mine).as(what).isZero();
        } else {
            assertThat(Math.abs(mine - ref) / ref).as(what + ": " + mine + " vs " + ref).isLessThan(1e-9);
        }
    }
}
