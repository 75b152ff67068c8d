package org.gluegraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.gluegraph.shared.Budget;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
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
    private final WriteGate writes;

    public Graph(Driver driver, CypherQueries cypher, GraphProperties props, VersionWatch versions) {
        this.driver = driver;
        this.cypher = cypher;
        this.versions = versions;
        this.queryTx = TransactionConfig.builder().withTimeout(props.neo4j().queryTimeout()).build();
        this.loadTx = TransactionConfig.builder().withTimeout(props.neo4j().loadTimeout()).build();
        this.writes = new WriteGate(props.neo4j().concurrentWrites(), props.neo4j().queryTimeout());
    }

    /** Runs the named query in a read transaction and maps every record. */
    public <T> List<T> readList(String queryName, Map<String, Object> params, Function<Record, T> mapper) {
        String text = cypher.get(queryName);
        return read(tx -> tx.run(text, params).list(mapper::apply), queryTx);
    }

    /** A large read (bulk identifier mapping): longer timeout. */
    public <T> List<T> readListLarge(String queryName, Map<String, Object> params, Function<Record, T> mapper) {
        String text = cypher.get(queryName);
        return read(tx -> tx.run(text, params).list(mapper::apply), loadTx);
    }

    public <T> T read(TransactionCallback<T> work) {
        return read(work, queryTx);
    }

    private <T> T read(TransactionCallback<T> work, TransactionConfig config) {
        Budget budget = Budget.current();
        try (var session = driver.session()) {
            // each attempt (the driver retries transient failures) first asks the budget
            return session.executeRead(tx -> {
                budget.check();
                return work.execute(tx);
            }, within(config, budget));
        } catch (ClientException | TransientException e) {
            throw spent(budget, e);
        }
    }

    /**
     * The transaction's settings under the current request's budget: the timeout is what the budget has left when
     * that is shorter, and the request's id travels as metadata, so a request called off can have its running
     * transactions terminated ({@link #terminate}). Fails at once when the budget is spent.
     */
    private static TransactionConfig within(TransactionConfig config, Budget budget) {
        if (!budget.limited()) {
            return config;
        }
        budget.check();
        Duration left = budget.remaining();
        Duration timeout = config.timeout() == null || left.compareTo(config.timeout()) < 0 ? left : config.timeout();
        return TransactionConfig.builder().withTimeout(timeout.isZero() ? Duration.ofMillis(1) : timeout)
                .withMetadata(Map.of(REQUEST_METADATA, budget.id())).build();
    }

    /** A database failure of a request whose budget ran out (or that was called off) is that, not a timeout. */
    private static RuntimeException spent(Budget budget, RuntimeException e) {
        return budget.spent() ? budget.exceeded() : e;
    }

    /** The transaction metadata key that names the request a transaction works for. */
    static final String REQUEST_METADATA = "gluegraphRequest";

    /**
     * Terminates the running transactions of requests (their clients went away): the database stops their work at
     * once instead of at their timeout. Returns how many were terminated.
     */
    public int terminate(List<String> requestIds) {
        try (var session = driver.session()) {
            List<String> ids = session.run(cypher.get("graph/transactions-of-request"),
                    Map.of("key", REQUEST_METADATA, "ids", requestIds)).list(r -> r.get("id").asString());
            if (ids.isEmpty()) {
                return 0;
            }
            return session.run(cypher.get("graph/transactions-terminate"), Map.of("ids", ids)).list().size();
        }
    }

    /**
     * One write transaction; it advances the graph's version as its last statement, so caches everywhere see it
     * (this process's at once, every other within the version poll).
     */
    public <T> T write(TransactionCallback<T> work) {
        return write(work, queryTx, r -> Set.of());
    }

    /** One write transaction that changes what the facets name (e.g. only the review queue). */
    public <T> T write(TransactionCallback<T> work, Set<GraphVersion.Facet> changes) {
        return write(work, queryTx, r -> changes);
    }

    /** One write transaction whose facets depend on what it found (told by its result, inside the transaction). */
    public <T> T write(TransactionCallback<T> work, Function<? super T, Set<GraphVersion.Facet>> changesOf) {
        return write(work, queryTx, changesOf);
    }

    /** A large write (seed or bulk load): one transaction, longer timeout. */
    public <T> T load(TransactionCallback<T> work) {
        return write(work, loadTx, r -> Set.of());
    }

    /** A large write that also changes genes or gene sets (the seed's gene and pathway steps). */
    public <T> T load(TransactionCallback<T> work, Set<GraphVersion.Facet> changes) {
        return write(work, loadTx, r -> changes);
    }

    /**
     * The version is kept in this many stripes ({@code (:GraphVersion {id: 'graph'})}, {@code 'graph-1'}...): a
     * write advances one at random, and the version is their sum. With one node every writer queued for the lock
     * of that node until the commit of the one before it (20 writers: 137-355 commits/s against 523-828 without a
     * version; 16 stripes: 743-1155; bench/graph/VersionContention.java).
     */
    static final int VERSION_STRIPES = 16;

    private <T> T write(TransactionCallback<T> work, TransactionConfig config,
            Function<? super T, Set<GraphVersion.Facet>> changesOf) {
        // bulk loads (seed, import) are few and long: they do not queue behind, nor hold up, the short writes
        return config == loadTx ? writeNow(work, config, changesOf) : writes.through(() -> writeNow(work, config, changesOf));
    }

    private <T> T writeNow(TransactionCallback<T> work, TransactionConfig config,
            Function<? super T, Set<GraphVersion.Facet>> changesOf) {
        String advance = cypher.get("graph/version-advance");
        T result;
        Budget budget = Budget.current();
        try (var session = driver.session()) {
            result = session.executeWrite(tx -> {
                budget.check();
                T r = work.execute(tx);
                List<String> facets = changesOf.apply(r).stream().map(Enum::name).toList();
                int stripe = ThreadLocalRandom.current().nextInt(VERSION_STRIPES);
                tx.run(advance, Map.of("facets", facets, "stripe", stripe == 0 ? "graph" : "graph-" + stripe))
                        .single();
                return r;
            }, within(config, budget));
            // read after the commit: a sum read inside the transaction would count this write but maybe not one
            // that committed meanwhile, and could equal a version this process has already seen for another state
            versions.refreshAfter(session);
        } catch (ClientException | TransientException e) {
            throw spent(budget, e);
        }
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
