package org.gluegraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the {@code cypher/migrations} to the graph before anything reads or writes it ({@link #migrate}, called
 * first at start-up).
 */
@Component
public class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final Driver driver;
    private final CypherQueries cypher;
    private volatile String version = "not migrated";

    public GraphSchema(Driver driver, CypherQueries cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Brings the graph to the latest migration; the first step of the start-up (see the seed's GraphStartup). */
    public synchronized void migrate() {
        long t0 = System.nanoTime();
        String latest = latestLocalVersion();
        if (latest != null && appliedVersions(driver, cypher).contains(latest)) {
            // the usual restart: already up to date, so skip the library's lock, chain and checksum round trips
            this.version = latest;
            log.info("Graph schema at migration version {}, up to date ({} ms)", version,
                    (System.nanoTime() - t0) / 1_000_000);
            return;
        }
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:cypher/migrations")
                .withResourceScanner(GraphSchema::migrationFiles)
                .withPackagesToScan()
                .withInstalledBy("gluegraph")
                .build();
        var applied = new Migrations(config, driver).apply();
        this.version = applied.map(Object::toString).orElse("none");
        log.info("Graph schema at migration version {} ({} ms)", version, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String latestLocalVersion() {
        String latest = null;
        for (URL u : migrationFiles(List.of("cypher/migrations"))) {
            String name = u.getPath().substring(u.getPath().lastIndexOf('/') + 1);
            var m = java.util.regex.Pattern.compile("V(\\d+)__.*").matcher(name);
            if (m.matches() && (latest == null || Integer.parseInt(m.group(1)) > Integer.parseInt(latest))) {
                latest = m.group(1);
            }
        }
        return latest;
    }

    private static List<String> appliedVersions(Driver driver, CypherQueries cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get("graph/applied-migrations")).list(
                    r -> r.get("version").asString()));
        }
    }

    /**
     * The migration files, found by listing their folder only; the library's default scans the whole class path,
     * which in the 160 MB fat jar costs seconds on every start.
     */
    private static List<URL> migrationFiles(List<String> paths) {
        var resolver = new PathMatchingResourcePatternResolver(GraphSchema.class.getClassLoader());
        List<URL> urls = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String path : paths) {
            try {
                // a folder may be on the class path twice (an IDE or test runner); each file counts once
                for (Resource r : resolver.getResources("classpath*:" + path + "/*.cypher")) {
                    if (names.add(r.getFilename())) {
                        urls.add(r.getURL());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list migrations in " + path, e);
            }
        }
        return urls;
    }

    public String version() {
        return version;
    }
}
