package org.gluegraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the {@code cypher/migrations} to the graph before anything reads or writes it. Beans that touch the
 * graph at start-up take this one as a constructor argument to order themselves after it.
 */
@Component
public class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final String version;

    public GraphSchema(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:cypher/migrations")
                .withPackagesToScan()
                .withInstalledBy("gluegraph")
                .build();
        var applied = new Migrations(config, driver).apply();
        this.version = applied.map(Object::toString).orElse("none");
        log.info("Graph schema at migration version {}", version);
    }

    public String version() {
        return version;
    }
}
