package org.gluegraph.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With {@code neo4j.uri} blank the service starts its own embedded Neo4j in
 * {@code dataDir}; otherwise it talks to that server ({@code GLUEGRAPH_NEO4J_URI} binds here).
 */
@ConfigurationProperties("gluegraph")
public record GraphProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Cache cache) {

    /**
     * The read caches (one Caffeine spec for all of them; an entry nobody has read for 2 minutes is dropped, so the
     * memory of a burst of distinct requests is given back soon after it) and how often each process asks the database for its
     * version: a write by any process reaches every reader of this one within {@code versionPoll}.
     */
    public record Cache(
            @DefaultValue("maximumSize=1000,expireAfterAccess=2m") String spec,
            @DefaultValue("250ms") Duration versionPoll) {
    }

    public record Neo4j(
            String uri,
            @DefaultValue("neo4j") String user,
            String password,
            /** Embedded only: 0 picks a free localhost port; fix it to attach Neo4j Browser or cypher-shell. */
            @DefaultValue("0") int boltPort,
            /** Every Cypher transaction the service runs is cut off after this long. */
            @DefaultValue("10s") Duration queryTimeout,
            /** Bulk loads write large transactions; they get a longer allowance. */
            @DefaultValue("10m") Duration loadTimeout,
            /**
             * Short write transactions of this process running at once (the others wait their turn, up to
             * queryTimeout, then get the retryable TRY_LATER); 0: no bound. Default 1: on 2 cores, 20 writers and
             * 100 readers kept 78% of the reads without writers with one permit, 59% with two
             * (bench/curation/RESULTS.md).
             */
            Integer concurrentWrites) {

        public Neo4j {
            if (concurrentWrites == null) {
                concurrentWrites = 1;
            } else if (concurrentWrites < 0) {
                throw new IllegalArgumentException("gluegraph.neo4j.concurrent-writes: expected 0 (no bound) or a "
                        + "positive number of writes, got " + concurrentWrites);
            }
        }

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }
}
