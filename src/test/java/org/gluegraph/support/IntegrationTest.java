package org.gluegraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the service: every subclass shares one Spring context and so one embedded
 * Neo4j per test JVM (a fresh data directory per run), with the seed data loaded as on a first start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
public abstract class IntegrationTest {

    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("gluegraph-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void graphProperties(DynamicPropertyRegistry registry) {
        registry.add("gluegraph.data-dir", DATA_DIR::toString);
        registry.add("gluegraph.neo4j.uri", () -> "");
        // the suite is one client sending thousands of requests from one address: rate limits are tested on their own
        registry.add("gluegraph.http.rate-limit.keyed-per-second", () -> "0");
        registry.add("gluegraph.http.rate-limit.anonymous-per-second", () -> "0");
        registry.add("gluegraph.security.api-keys", () -> String.join(",", "curator-key-1:carol:CURATOR",
                "curator-key-2:cyril:CURATOR", "editor-key-1:eve:EDITOR", "editor-key-2:ed:EDITOR",
                "reader-key-1:rita:READER", "admin-key-1:ada:ADMIN"));
    }

    public static final String CURATOR = "curator-key-1";
    public static final String CURATOR_2 = "curator-key-2";
    public static final String EDITOR = "editor-key-1";
    public static final String EDITOR_2 = "editor-key-2";
    public static final String READER = "reader-key-1";

    /** The tester with an API key sent as a bearer token. */
    protected static org.springframework.graphql.test.tester.HttpGraphQlTester as(
            org.springframework.graphql.test.tester.HttpGraphQlTester tester, String key) {
        return tester.mutate().header("Authorization", "Bearer " + key).build();
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }
}
