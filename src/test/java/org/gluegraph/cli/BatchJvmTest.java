package org.gluegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's main as a user starts it, in a process of its own: a batch command runs in a second, C1-only JVM, and its
 * output, errors and exit code are the first JVM's.
 */
class BatchJvmTest {

    @TempDir
    Path tmp;

    private record Result(int exit, String out, String err) {
    }

    private Result main(String... args) throws Exception {
        return main(List.of(), args);
    }

    private Result main(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.gluegraph.GlueGraphApplication"));
        command.addAll(List.of(args));
        File out = tmp.resolve("out.txt").toFile();
        File err = tmp.resolve("err.txt").toFile();
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void badUsageGivesTheCommandsMessageAndExitCode2() throws Exception {
        Result r = main("de", "--countz", "x");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option", "--countz", "Run 'java -jar gluegraph.jar de --help'");
    }

    @Test
    void aRunWritesItsTableAndReportsThroughTheFirstJvm() throws Exception {
        Path table = tmp.resolve("de.tsv");
        // the first JVM's options pass to the second, which prints its flags too: C1 only, the serial collector
        Result r = main(List.of("-XX:+PrintCommandLineFlags"), "de", "--counts",
                "seed-data/expression/synthetic_lenalidomide_vs_dmso_counts.tsv",
                "--samples", "seed-data/expression/synthetic_lenalidomide_vs_dmso_samples.tsv", "--design",
                "~ treatment", "--contrast", "treatment,lenalidomide,DMSO", "--out", table.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("-XX:TieredStopAtLevel=1 ") && l.contains("-XX:+UseSerialGC")))
                .hasSize(1);
        assertThat(r.err()).contains("[de] pipeline", "[de] wrote " + table);
        assertThat(Files.readAllLines(table).get(0)).startsWith("gene_id\tsymbol\tbaseMean");
    }

    @Test
    void keepingBothCompilersRunsInOneJvmWithTheSameTable() throws Exception {
        Path table = tmp.resolve("de.tsv");
        String[] args = {"de", "--counts", "seed-data/expression/synthetic_lenalidomide_vs_dmso_counts.tsv",
                "--samples", "seed-data/expression/synthetic_lenalidomide_vs_dmso_samples.tsv", "--design",
                "~ treatment", "--contrast", "treatment,lenalidomide,DMSO", "--out", table.toString()};
        assertThat(main(args).exit()).isZero();
        String c1 = Files.readString(table);
        Result r = main(List.of("-Dgluegraph.batch.c2=true", "-XX:+PrintCommandLineFlags"), args);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("TieredStopAtLevel");
        assertThat(Files.readString(table)).isEqualTo(c1);
    }

    @Test
    void theSecondJvmEndsWhenTheFirstIsKilled() throws Exception {
        // the counts come from a pipe nobody writes to: the command waits there until it is ended
        Path fifo = tmp.resolve("counts.tsv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.gluegraph.GlueGraphApplication",
                "de", "--counts", fifo.toString(), "--samples",
                "seed-data/expression/synthetic_lenalidomide_vs_dmso_samples.tsv", "--design", "~ treatment",
                "--contrast", "treatment,lenalidomide,DMSO", "--out", tmp.resolve("de.tsv").toString()));
        Process first = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log").toFile()).start();
        ProcessHandle second = null;
        for (int i = 0; i < 600 && second == null; i++) {
            second = first.toHandle().children().findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertThat(second).as("the second JVM started").isNotNull();
        Thread.sleep(1500); // let it reach the pipe
        assertThat(second.isAlive()).isTrue();
        first.destroyForcibly(); // kill -9: no shutdown hook runs in the first JVM
        first.waitFor();
        for (int i = 0; i < 100 && second.isAlive(); i++) {
            Thread.sleep(50);
        }
        assertThat(second.isAlive()).as("the second JVM is gone within 5 s").isFalse();
    }
}
