package org.gluegraph.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Writes imported edges straight through the embedded database's Java API: no Cypher to plan or interpret, no Bolt
 * messages to encode, no parameter lists to build (the edges stay two arrays of node ids). Used only when this process
 * holds the database; an external server is written over Bolt ({@link KnowledgeImporter}). The edges are written in
 * transactions of {@code perTransaction}; nothing here makes them visible (they carry the import's run, which the
 * importer activates last), so a transaction that fails is simply rolled back and tried again, and one that dies with
 * the process leaves edges no reader sees.
 */
final class EmbeddedEdgeWriter {

    static final RelationshipType IMPORTED = RelationshipType.withName("IMPORTED");
    /** Deadlocks between parallel transactions are resolved by Neo4j failing one of them; it is tried again. */
    private static final int ATTEMPTS = 5;

    /**
     * The edges to write: edge i from node {@code from(i)} to node {@code to(i)} (ids as resolved in the same database)
     * with {@code properties(i)}. Edges that share their properties should return the same map: its keys and values
     * are then the same instances for every edge, not copies per edge.
     */
    interface Edges {
        int size();

        long from(int i);

        long to(int i);

        Map<String, Object> properties(int i);
    }

    private final GraphDatabaseService db;
    private final int perTransaction;
    private final int threads;
    private final Duration timeout;

    EmbeddedEdgeWriter(GraphDatabaseService db, int perTransaction, int threads, Duration timeout) {
        if (perTransaction < 1 || threads < 1) {
            throw new IllegalArgumentException("edges per transaction and threads must be at least 1");
        }
        this.db = db;
        this.perTransaction = perTransaction;
        this.threads = threads;
        this.timeout = timeout;
    }

    /** Writes every edge; {@code done} is told the count written so far after each transaction. */
    void write(Edges edges, java.util.function.LongConsumer done) {
        int n = edges.size();
        List<int[]> chunks = new ArrayList<>();
        for (int start = 0; start < n; start += perTransaction) {
            chunks.add(new int[] {start, Math.min(n, start + perTransaction)});
        }
        AtomicLong written = new AtomicLong();
        if (threads == 1) {
            for (int[] c : chunks) {
                done.accept(written.addAndGet(writeChunk(edges, c[0], c[1])));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-edges");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int[] c : chunks) {
                running.add(pool.submit(() -> done.accept(written.addAndGet(writeChunk(edges, c[0], c[1])))));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing edges", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Edges {@code [start, end)} in one transaction, tried again when Neo4j fails it as transient (a deadlock). */
    private int writeChunk(Edges edges, int start, int end) {
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = db.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                for (int i = start; i < end; i++) {
                    Node a = node(tx, edges.from(i));
                    Relationship r = a.createRelationshipTo(node(tx, edges.to(i)), IMPORTED);
                    for (Map.Entry<String, Object> p : edges.properties(i).entrySet()) {
                        r.setProperty(p.getKey(), p.getValue());
                    }
                }
                tx.commit();
                return end - start;
            } catch (TransientFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** By internal id: the ids were read from this database moments before, by the same import (no element id parse). */
    @SuppressWarnings("deprecation")
    private static Node node(Transaction tx, long id) {
        return tx.getNodeById(id);
    }
}
