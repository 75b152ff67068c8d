package org.gluegraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * Routed read and write transactions with the configured timeout. Reads go to any member of a cluster,
 * writes to the leader; a function passed to {@link #write} is one transaction, retried as a whole on
 * transient failures, so it must not have side effects outside the transaction.
 */
@Component
public class Graph {

    private final Driver driver;
    private final CypherQueries cypher;
    private final TransactionConfig queryTx;
    private final TransactionConfig loadTx;
    private final VersionWatch versions;

    public Graph(Driver driver, CypherQueries cypher, GraphProperties props, VersionWatch versions) {
        this.driver = driver;
        this.cypher = cypher;
        this.versions = versions;
        this.queryTx = TransactionConfig.builder().withTimeout(props.neo4j().queryTimeout()).build();
        this.loadTx = TransactionConfig.builder().withTimeout(props.neo4j().loadTimeout()).build();
    }

    /** Runs the named query in a read transaction and maps every record. */
    public <T> List<T> readList(String queryName, Map<String, Object> params, Function<Record, T> mapper) {
        String text = cypher.get(queryName);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(text, params).list(mapper::apply), queryTx);
        }
    }

    /** A large read (bulk identifier mapping): longer timeout. */
    public <T> List<T> readListLarge(String queryName, Map<String, Object> params, Function<Record, T> mapper) {
        String text = cypher.get(queryName);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(text, params).list(mapper::apply), loadTx);
        }
    }

    public <T> T read(TransactionCallback<T> work) {
        try (var session = driver.session()) {
            return session.executeRead(work, queryTx);
        }
    }

    /** One write transaction; it advances the graph's version as its last statement, so caches everywhere see it. */
    public <T> T write(TransactionCallback<T> work) {
        return write(work, queryTx, Set.of());
    }

    /** A large write (seed or bulk load): one transaction, longer timeout. */
    public <T> T load(TransactionCallback<T> work) {
        return write(work, loadTx, Set.of());
    }

    /** A large write that also changes genes or gene sets (the seed's gene and pathway steps). */
    public <T> T load(TransactionCallback<T> work, Set<GraphVersion.Facet> changes) {
        return write(work, loadTx, changes);
    }

    private <T> T write(TransactionCallback<T> work, TransactionConfig config, Set<GraphVersion.Facet> changes) {
        String advance = cypher.get("graph/version-advance");
        List<String> facets = changes.stream().map(Enum::name).toList();
        GraphVersion[] seen = new GraphVersion[1];
        T result;
        try (var session = driver.session()) {
            result = session.executeWrite(tx -> {
                T r = work.execute(tx);
                var v = tx.run(advance, Map.of("facets", facets)).single();
                seen[0] = new GraphVersion(v.get("data").asLong(), v.get("genes").asLong(), v.get("geneSets").asLong());
                return r;
            }, config);
        }
        versions.observe(seen[0]);
        return result;
    }

    /** The graph's version as this process last saw it (at most {@code gluegraph.cache.version-poll} old). */
    public GraphVersion version() {
        return versions.current();
    }

    public String cypher(String name) {
        return cypher.get(name);
    }
}
