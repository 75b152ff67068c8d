package org.gluegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a newcomer meets it: help never starts anything, bad options and missing files are said in
 * a line with exit code 2 before any database starts (no Spring context is created in this class: each case
 * returns before one could be).
 */
class CliTest {

    @TempDir
    Path tmp;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = GlueGraphCli.run(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void helpListsTheCommandsAndStartsNothing() {
        Result r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("serve", "de", "enrich", "load", "export");
        assertThat(run("help").exit()).isZero();
    }

    @Test
    void serveHelpPrintsHelpInsteadOfStartingTheServer() {
        Result r = run("serve", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Start the service").contains("--gluegraph.data-dir");
    }

    @Test
    void eachCommandHasItsHelp() {
        assertThat(run("load", "--help").out()).contains("RELATIONS.tsv", "PUBLICATIONS.tsv", "--actor");
        assertThat(run("export", "--help").out()).contains("DIR");
        assertThat(run("de", "--help").out()).contains("--counts", "--design");
        assertThat(run("enrich", "--help").out()).contains("--gmt");
    }

    @Test
    void anUnknownOptionIsNamedWithExitCode2() {
        Result r = run("load", "--bogus", "a.tsv", "b.tsv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--bogus");
        Result unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void loadWithAMissingFileSaysSoBeforeAnyDatabaseStarts() throws Exception {
        Path pubs = Files.writeString(tmp.resolve("publications.tsv"), "id\n");
        Result r = run("load", tmp.resolve("nope.tsv").toString(), pubs.toString(),
                "--gluegraph.data-dir=" + tmp.resolve("data"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("load: " + tmp.resolve("nope.tsv") + ": file not found (nothing was written)");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void loadNeedsBothFiles() {
        Result r = run("load", "only-one.tsv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("PUBLICATIONS.tsv");
    }

    @Test
    void aBadActorIsRefusedBeforeAnyDatabaseStarts() throws Exception {
        Path f = Files.writeString(tmp.resolve("r.tsv"), "x\n");
        Result r = run("load", f.toString(), f.toString(), "--actor", "bad;name", "--gluegraph.data-dir=" + tmp.resolve("d"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--actor");
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    /** de, vst and enrich: help lists every option with its default; exit 0 and nothing run. */
    @Test
    void deVstAndEnrichHelpListEveryOptionWithItsDefault() {
        Result de = run("de", "--help");
        assertThat(de.exit()).isZero();
        assertThat(de.out()).contains("--counts=FILE", "--samples=FILE", "--design=FORMULA",
                "--contrast=FACTOR,NUMERATOR,DENOMINATOR", "--name=COEFFICIENT", "--factor=COLUMN",
                "--reference=FACTOR=LEVEL", "--test=Wald|LRT", "--reduced=FORMULA", "--lfc-threshold=X",
                "--alt-hypothesis=H", "--alpha=A", "--round", "--out=FILE", "--details=DIR", "--lfc-shrink=normal",
                "--threads=N", "--attach=NAME", "(default: 0.1)", "Exit codes:");
        Result vst = run("vst", "--help");
        assertThat(vst.exit()).isZero();
        assertThat(vst.out()).contains("--counts=FILE", "--samples=FILE", "--out=FILE", "--pca=FILE", "--ntop=N",
                "(default: 500", "--round", "--threads=N");
        Result enrich = run("enrich", "--help");
        assertThat(enrich.exit()).isZero();
        assertThat(enrich.out()).contains("--genes=FILE", "--universe=FILE", "--gmt=FILE", "--method=ora|gsea",
                "--ranked=FILE", "--min-size=N", "(default: 5)", "--max-size=N", "(default: 500)", "--permutations=N",
                "(default: 10000)", "--seed=N", "(default: 42)", "--threads=N", "--out=FILE");
        assertThat(run("help", "de").out()).isEqualTo(de.out());
    }

    /** An unknown option of de, vst or enrich is named, with exit code 2 and a pointer to the command's help. */
    @Test
    void deVstAndEnrichNameAnUnknownOptionWithExitCode2() {
        for (String command : new String[] {"de", "vst", "enrich"}) {
            Result r = run(command, "--colour", "red");
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains(command + ": Unknown options: '--colour', 'red'")
                    .contains("Run 'java -jar gluegraph.jar " + command + " --help' for usage.")
                    .doesNotContain("Exception");
            assertThat(r.out()).as(command).isEmpty();
        }
    }

    /** A missing required option or a bad value is bad usage too: exit code 2, the option named. */
    @Test
    void deVstAndEnrichRefuseMissingOptionsAndBadValuesWithExitCode2() {
        Result de = run("de", "--counts", "c.tsv", "--samples", "s.tsv", "--out", "o.tsv");
        assertThat(de.exit()).isEqualTo(2);
        assertThat(de.err()).contains("de: Missing required option: '--design=FORMULA'");
        Result contrast = run("de", "--counts", "c.tsv", "--samples", "s.tsv", "--out", "o.tsv", "--design",
                "~ dex", "--contrast", "dex,trt");
        assertThat(contrast.exit()).isEqualTo(2);
        assertThat(contrast.err()).contains("de: Invalid value for option '--contrast': expected"
                + " FACTOR,NUMERATOR,DENOMINATOR");
        Result vst = run("vst", "--counts", "c.tsv", "--samples", "s.tsv", "--out", "o.tsv", "--threads", "0");
        assertThat(vst.exit()).isEqualTo(2);
        assertThat(vst.err()).contains("vst: Invalid value for option '--threads'");
        Result enrich = run("enrich", "--genes", "g.txt", "--out", "o.tsv");
        assertThat(enrich.exit()).isEqualTo(2);
        assertThat(enrich.err()).contains("enrich: Missing required option: '--gmt=FILE'");
        Result method = run("enrich", "--method", "fisher", "--gmt", "x.gmt", "--out", "o.tsv");
        assertThat(method.exit()).isEqualTo(2);
        assertThat(method.err()).contains("enrich: Invalid value for option '--method'");
    }

    /**
     * The README's chain, as written there (only /tmp replaced by this test's folder): de on the shipped demo study,
     * then enrich of its down-regulated genes straight from de's table. de's symbol column comes from HGNC; enrich
     * maps the table's Ensembl ids to symbols as the API does, so the hallmark sets (symbols) are matched.
     */
    @Test
    void deOutputFeedsEnrichDirectly() throws Exception {
        String de = tmp.resolve("de.tsv").toString();
        Result r = run("de", "--counts", "seed-data/expression/synthetic_lenalidomide_vs_dmso_counts.tsv", "--samples",
                "seed-data/expression/synthetic_lenalidomide_vs_dmso_samples.tsv", "--design", "~ treatment",
                "--contrast", "treatment,lenalidomide,DMSO", "--out", de);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("[de] symbols from HGNC: ");
        java.util.List<String[]> rows = Files.readAllLines(Path.of(de)).stream().map(l -> l.split("\t", -1)).toList();
        assertThat(rows.get(0)).startsWith("gene_id", "symbol", "baseMean");
        // the demo study's ids are Ensembl ids of HGNC genes: the symbol beside each is HGNC's
        java.util.Map<String, String> symbolOf = new java.util.HashMap<>();
        rows.stream().skip(1).forEach(x -> symbolOf.put(x[0], x[1]));
        assertThat(symbolOf).containsEntry("ENSG00000185811", "IKZF1").containsEntry("ENSG00000136997", "MYC");

        String ora = tmp.resolve("ora.tsv").toString();
        Result e = run("enrich", "--de", de, "--padj", "0.05", "--direction", "down", "--gmt",
                "seed-data/pathways/hallmark/h.all.v2023.2.Hs.symbols.gmt", "--out", ora);
        assertThat(e.exit()).as(e.err()).isZero();
        java.util.List<String> out = Files.readAllLines(Path.of(ora));
        assertThat(out.get(0)).startsWith("id\tname\tsetSize\toverlap");
        assertThat(out.size()).isGreaterThan(1);
        // every gene reported in an overlap is a symbol of the de table's significant down genes
        java.util.Set<String> down = new java.util.HashSet<>();
        rows.stream().skip(1).filter(x -> !x[7].equals("NA") && Double.parseDouble(x[7]) < 0.05
                && Double.parseDouble(x[3]) < 0).forEach(x -> down.add(x[1]));
        assertThat(down).isNotEmpty();
        for (String line : out.subList(1, out.size())) {
            String genes = line.split("\t", -1)[8];
            if (!genes.isEmpty()) {
                assertThat(down).containsAll(java.util.List.of(genes.split(",")));
            }
        }
        assertThat(e.err()).contains("enrich: ORA of " + down.size() + " genes");

        Result gsea = run("enrich", "--de", de, "--method", "gsea", "--permutations", "200", "--gmt",
                "seed-data/pathways/hallmark/h.all.v2023.2.Hs.symbols.gmt", "--out", tmp.resolve("gsea.tsv").toString());
        assertThat(gsea.exit()).as(gsea.err()).isZero();
        assertThat(gsea.err()).contains("enrich: GSEA of ");
    }
}
