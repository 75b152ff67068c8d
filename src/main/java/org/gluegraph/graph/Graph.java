package org.gluegraph.graph;

import java.util.List;
import java.util.Map;
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
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    public Graph(Driver driver, CypherQueries cypher, GraphProperties props) {
        this.driver = driver;
        this.cypher = cypher;
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

    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session()) {
            return session.executeWrite(work, queryTx);
        } finally {
            version.incrementAndGet();
        }
    }

    /** A large write (seed or bulk load): one transaction, longer timeout. */
    public <T> T load(TransactionCallback<T> work) {
        try (var session = driver.session()) {
            return session.executeWrite(work, loadTx);
        } finally {
            version.incrementAndGet();
        }
    }

    /** Advances after every write transaction through this class (committed or not), for {@link VersionedCache}. */
    public long version() {
        return version.get();
    }

    public String cypher(String name) {
        return cypher.get(name);
    }
}
