package org.gluegraph.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import hetionet} and {@code import drugcentral} as a user runs them, in child JVMs with their own embedded
 * graph (genes and drugs only: gluegraph.seed.skip=curated,pathways,expression), on the test extracts: the last line
 * gives the relationships and seconds, the same files again write nothing and say so (exit 0), a bad row exits 2
 * naming file, line and field.
 */
class ImportProcessTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String output) {
        String lastLine() {
            List<String> lines = output.strip().lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    private Run run(Path dataDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.gluegraph.GlueGraphApplication"));
        cmd.addAll(List.of(args));
        cmd.add("--gluegraph.data-dir=" + dataDir);
        cmd.add("--gluegraph.seed.skip=curated,pathways,expression");
        cmd.add("--gluegraph.neo4j.uri=");
        // the command's own lines go to stderr; the service's log (stdout) is not part of what the user reads here
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), err);
    }

    private Path resource(String name) throws Exception {
        Path p = tmp.resolve(name.substring(name.indexOf('/') + 1));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void importCommandsReportAndRefuseAsTheySay() throws Exception {
        Path nodes = resource(KnowledgeImportTest.NODES);
        Path edges = resource(KnowledgeImportTest.EDGES);
        Path db = tmp.resolve("db");
        Run first = run(db, "import", "hetionet", "--nodes", nodes.toString(), "--edges", edges.toString());
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("read 58 nodes").contains("153 edges")
                .contains("2 with an Entrez id no HGNC gene has").contains("Gene::445347, Gene::9220")
                .contains("import hetionet: edges 153/153 (");
        assertThat(first.lastLine()).matches("imported 153 relationships in [0-9]+\\.[0-9]{2} s");

        Run again = run(db, "import", "hetionet", "--nodes", nodes.toString(), "--edges", edges.toString());
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.lastLine()).contains("were imported on").contains("HETIONET v1.0 (153 relationships)")
                .endsWith("nothing written");

        List<String> lines = KnowledgeImportTest.gunzip(edges);
        lines.set(20, "Anatomy::UBERON:0000002\tAuG\tDisease::DOID:2531"); // AuG ends at a Gene
        Path bad = KnowledgeImportTest.gzip(tmp.resolve("hetionet-v1.1-edges.sif.gz"), lines);
        Run refused = run(db, "import", "hetionet", "--nodes", nodes.toString(), "--edges", bad.toString());
        assertThat(refused.exit()).as(refused.output()).isEqualTo(2);
        assertThat(refused.lastLine()).contains(bad + " line 21, field 'target'").contains("AuG ends at a Gene")
                .contains("nothing was written");

        Run dc = run(db, "import", "drugcentral", resource(KnowledgeImportTest.DRUGCENTRAL).toString(), "--release", "2018-01");
        assertThat(dc.exit()).as(dc.output()).isZero();
        assertThat(dc.output()).contains("read 15 rows (10 Homo sapiens) of 8 drugs");
        assertThat(dc.lastLine()).matches("imported 16 relationships in [0-9]+\\.[0-9]{2} s");

        Run missing = run(db, "import", "drugcentral", tmp.resolve("none.tsv.gz").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.output()).contains("none.tsv.gz: file not found");
    }
}
