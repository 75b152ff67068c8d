package org.gluegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load and export commands as a user runs them, in child JVMs with their own embedded graphs (reference data
 * only: gluegraph.seed.skip=curated,pathways,expression): the round trip export, load, export gives identical
 * files, and a load killed with SIGKILL in the middle of its transaction leaves all or nothing.
 */
class BulkLoadProcessTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String output) {
    }

    private static ProcessBuilder command(Path dataDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.gluegraph.GlueGraphApplication"));
        cmd.addAll(List.of(args));
        cmd.add("--gluegraph.data-dir=" + dataDir);
        cmd.add("--gluegraph.seed.skip=curated,pathways,expression");
        cmd.add("--gluegraph.neo4j.uri=");
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    private static Run run(Path dataDir, String... args) throws Exception {
        Process p = command(dataDir, args).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void exportLoadExportGivesIdenticalFiles() throws Exception {
        Path seedData = Path.of("seed-data/curated");
        Path first = tmp.resolve("first");
        Run load = run(tmp.resolve("db1"), "load", seedData.resolve("relations.tsv").toString(),
                seedData.resolve("publications.tsv").toString(), "--actor", "round-trip");
        assertThat(load.exit()).as(load.output()).isZero();
        assertThat(run(tmp.resolve("db1"), "export", first.toString()).exit()).isZero();
        Run load2 = run(tmp.resolve("db2"), "load", first.resolve("relations.tsv").toString(),
                first.resolve("publications.tsv").toString(), "--actor", "round-trip");
        assertThat(load2.exit()).as(load2.output()).isZero();
        Path second = tmp.resolve("second");
        assertThat(run(tmp.resolve("db2"), "export", second.toString()).exit()).isZero();
        // the export has the seed file's claims (sorted by claim id), levels included: the first eight columns agree
        // (publication lists are sorted by key in an export)
        assertThat(Files.readAllLines(first.resolve("relations.tsv")).stream().map(BulkLoadProcessTest::firstEight))
                .containsExactlyElementsOf(Files.readAllLines(seedData.resolve("relations.tsv")).stream()
                        .map(BulkLoadProcessTest::firstEight).toList());
        assertThat(Files.readAllLines(first.resolve("relations.tsv"))).hasSize(47)
                .isEqualTo(Files.readAllLines(second.resolve("relations.tsv")));
        assertThat(Files.readAllLines(first.resolve("publications.tsv"))).hasSize(31)
                .isEqualTo(Files.readAllLines(second.resolve("publications.tsv")));
        // a bad file: exit 2, file and line named, nothing written
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, Files.readString(first.resolve("relations.tsv")) + "x1\tlenalidomide\tDrug\tCURES\tMYC\tGene\t0\tTRANSCRIPT\t\tkronke2014\ts\taccepted\n");
        Run refused = run(tmp.resolve("db2"), "load", bad.toString(), first.resolve("publications.tsv").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.output()).contains("bad.tsv line 48, field 'predicate'").contains("nothing was written");
    }

    private static String firstEight(String line) {
        return String.join("\t", java.util.Arrays.asList(line.split("\t", -1)).subList(0, 8));
    }

    @Test
    void aLoadKilledMidTransactionLeavesAllOrNothing() throws Exception {
        // 20,000 claims between approved genes, each with its own context, all citing one publication
        List<String> symbols = new ArrayList<>();
        Path hgnc;
        try (var files = Files.list(Path.of("seed-data/genes"))) {
            hgnc = files.filter(f -> f.toString().endsWith(".gz")).findFirst().orElseThrow();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(hgnc)),
                StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split("\t");
            int sym = List.of(header).indexOf("symbol");
            int locus = List.of(header).indexOf("locus_group");
            String line;
            while ((line = r.readLine()) != null && symbols.size() < 400) {
                String[] f = line.split("\t", -1);
                if (f[locus].equals("protein-coding gene")) {
                    symbols.add(f[sym]);
                }
            }
        }
        StringBuilder rel = new StringBuilder("claim_id\tsubject\tsubject_type\tpredicate\tobject\tobject_type\tsign\t"
                + "context\tpublications\tstatement\tstatus\n");
        for (int i = 0; i < 20_000; i++) {
            rel.append("bulk").append(i).append('\t').append(symbols.get(i % 400)).append("\tGene\tACTIVATES\t")
                    .append(symbols.get((i * 7 + 1) % 400)).append("\tGene\t1\tbulk ").append(i)
                    .append("\tkronke2014\tsynthetic bulk row\taccepted\n");
        }
        Path relations = tmp.resolve("relations.tsv");
        Files.writeString(relations, rel);
        Path pubs = Path.of("seed-data/curated/publications.tsv");
        Path db = tmp.resolve("db");
        Process p = command(db, "load", relations.toString(), pubs.toString(), "--actor", "kill-test").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("writing them in one transaction")) {
            // wait until the transaction has begun
        }
        assertThat(line).as("the child reached the write").isNotNull();
        Thread.sleep(1500);
        boolean stillRunning = p.isAlive();
        p.destroyForcibly().waitFor(1, TimeUnit.MINUTES); // SIGKILL: no shutdown hook runs
        Path exported = tmp.resolve("after");
        Run export = run(db, "export", exported.toString());
        assertThat(export.exit()).as(export.output()).isZero();
        long claims = Files.readAllLines(exported.resolve("relations.tsv")).size() - 1;
        assertThat(claims).as("killed while running: %s", stillRunning).isIn(0L, 20_000L);
        assertThat(stillRunning).as("the load was still in its transaction when killed").isTrue();
        assertThat(claims).isZero();
    }
}
