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
}
