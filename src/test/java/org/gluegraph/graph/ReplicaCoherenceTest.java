package org.gluegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.gluegraph.GlueGraphApplication;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Caches that every process can trust: a second service pointed at this one's database by URI (a replica), and a
 * {@code load} process against the running service, each see the other's committed writes in their own reads,
 * caches included, within the version poll interval (250 ms; the test allows 10 s so that a slow machine cannot fail
 * it, and reports the time it took).
 */
class ReplicaCoherenceTest extends IntegrationTest {

    @Autowired
    GraphServer server;
    @Autowired
    HttpGraphQlTester primary;
    @LocalServerPort
    int primaryPort;

    @TempDir
    Path tmp;

    private static HttpGraphQlTester tester(int port) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .build());
    }

    private static List<String> targets(HttpGraphQlTester tester, String drug) {
        return tester.documentName("mechanism").variable("drug", drug).variable("maxHops", 1).execute()
                .path("mechanism[*].nodes[1].symbol").entityList(String.class).get();
    }

    /** Polls until the condition holds; returns the milliseconds it took, or fails after 10 s. */
    private static long until(Supplier<Boolean> condition) throws InterruptedException {
        long t0 = System.nanoTime();
        while (!condition.get()) {
            assertThat(System.nanoTime() - t0).as("not visible after 10 s").isLessThan(TimeUnit.SECONDS.toNanos(10));
            Thread.sleep(20);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aWriteThroughOneServiceIsSeenByAReplicaOnTheSameDatabase() throws Exception {
        try (var replica = new SpringApplicationBuilder(GlueGraphApplication.class)
                .run("--server.port=0", "--gluegraph.neo4j.uri=" + server.uri(), "--gluegraph.seed.enabled=false",
                        "--gluegraph.data-dir=" + tmp.resolve("unused"),
                        "--gluegraph.security.api-keys=" + String.join(",", "curator-key-1:carol:CURATOR",
                                "editor-key-1:eve:EDITOR"))) {
            HttpGraphQlTester second = tester(((WebServerApplicationContext) replica).getWebServer().getPort());
            // both have answered (and cached) pomalidomide's one-hop mechanism before the write
            List<String> before = targets(second, "pomalidomide");
            assertThat(targets(primary, "pomalidomide")).isEqualTo(before).doesNotContain("CDK6");

            String id = as(primary, CURATOR).documentName("submitClaim").variable("input", java.util.Map.of(
                            "subject", "pomalidomide", "predicate", "BINDS", "object", "CDK6", "sign", 0,
                            "context", "replica coherence test",
                            "evidence", List.of(java.util.Map.of("pmid", "20223979", "statement", "test claim"))))
                    .execute().path("submitClaim.id").entity(String.class).get();
            as(primary, EDITOR).documentName("acceptClaim").variable("claimId", id).variable("comment", "ok").execute()
                    .path("acceptClaim.status").entity(String.class).isEqualTo("ACCEPTED");

            long ms = until(() -> targets(second, "pomalidomide").contains("CDK6"));
            System.out.println("replica saw the accepted claim after " + ms + " ms");
            assertThat(targets(primary, "pomalidomide")).contains("CDK6");
        }
    }

    @Test
    void aLoadProcessAgainstTheRunningServiceIsSeenByIt() throws Exception {
        assertThat(targets(primary, "thalidomide")).doesNotContain("CDK6");
        Path relations = tmp.resolve("relations.tsv");
        Files.writeString(relations, Files.readAllLines(Path.of("seed-data/curated/relations.tsv")).get(0) + "\n"
                + "x-coherence-1\tthalidomide\tDrug\tBINDS\tCDK6\tGene\t0\tACTIVITY\tload coherence test\tkronke2014\t"
                + "test claim\taccepted\n");
        Path pubs = Path.of("seed-data/curated/publications.tsv");

        // the data directory is the service's: refused in one line, with the URI to use instead
        Run held = run("load", relations.toString(), pubs.toString(), "--gluegraph.data-dir=" + dataDir());
        assertThat(held.exit()).as(held.output()).isEqualTo(2);
        assertThat(held.output().strip().lines()).hasSize(1);
        assertThat(held.output()).contains("in use by a running GlueGraph service")
                .contains("--gluegraph.neo4j.uri=" + server.uri());

        Run load = run("load", relations.toString(), pubs.toString(), "--actor", "coherence",
                "--gluegraph.neo4j.uri=" + server.uri(), "--gluegraph.seed.enabled=false");
        assertThat(load.exit()).as(load.output()).isZero();
        long ms = until(() -> targets(primary, "thalidomide").contains("CDK6"));
        System.out.println("service saw the loaded claim after " + ms + " ms");

        // the same row again, under another id: refused with file, line and the existing claim
        Files.writeString(relations, Files.readString(relations).replace("x-coherence-1", "x-coherence-2"));
        Run dup = run("load", relations.toString(), pubs.toString(), "--gluegraph.neo4j.uri=" + server.uri(),
                "--gluegraph.seed.enabled=false");
        assertThat(dup.exit()).as(dup.output()).isEqualTo(2);
        assertThat(dup.output()).contains("relations.tsv line 2").contains("x-coherence-1").contains("nothing was written");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.gluegraph.GlueGraphApplication"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        // Spring's own start-up lines are not part of what the command says
        String said = out.lines().filter(l -> !l.matches("^\\d{4}-\\d\\d-\\d\\dT.*")).reduce("", (a, b) -> a + b + "\n");
        return new Run(p.exitValue(), said);
    }
}
