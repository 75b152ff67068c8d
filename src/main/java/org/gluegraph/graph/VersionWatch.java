package org.gluegraph.graph;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * This process's view of the database's {@link GraphVersion}. Reading it costs nothing: the database is asked at
 * most once per {@code gluegraph.cache.version-poll} (250 ms by default), by whichever reader comes first, so a
 * write committed by any process is seen by every reader here within that interval (the README promises 1 s). A
 * write through this process's {@link Graph} is seen at once.
 */
@Component
public class VersionWatch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(VersionWatch.class);

    private final Driver driver;
    private final CypherQueries cypher;
    private final long pollNanos;
    private final TransactionConfig tx;
    private final List<Consumer<GraphVersion>> listeners = new CopyOnWriteArrayList<>();
    private volatile GraphVersion current = GraphVersion.NONE;
    private volatile long checkedAt = System.nanoTime() - Long.MAX_VALUE / 2;

    public VersionWatch(Driver driver, CypherQueries cypher, GraphProperties props) {
        this.driver = driver;
        this.cypher = cypher;
        this.pollNanos = props.cache().versionPoll().toNanos();
        this.tx = TransactionConfig.builder().withTimeout(props.neo4j().queryTimeout()).build();
    }

    /**
     * The version, asked of the database if the last answer is older than the poll interval. One reader asks; the
     * others go on with the version they have meanwhile (they used to queue behind its database read, every poll).
     */
    public GraphVersion current() {
        if (System.nanoTime() - checkedAt >= pollNanos && polling.tryLock()) {
            try {
                if (System.nanoTime() - checkedAt >= pollNanos) {
                    read();
                }
            } finally {
                polling.unlock();
            }
        }
        return current;
    }

    private final java.util.concurrent.locks.ReentrantLock polling = new java.util.concurrent.locks.ReentrantLock();

    /**
     * Asks the database now, in the session of a write that has just committed (so that, on a cluster too, the
     * read sees that write), and lets this process's readers see the write at once. A failure leaves the version
     * to the next poll.
     */
    public void refreshAfter(Session session) {
        try {
            GraphVersion v = read(session);
            synchronized (this) {
                checkedAt = System.nanoTime();
                observe(v);
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the graph's version after a write (the next poll will): {}", e.toString());
        }
    }

    private void read() {
        try (var session = driver.session()) {
            GraphVersion v = read(session);
            synchronized (this) {
                checkedAt = System.nanoTime();
                observe(v);
            }
        }
    }

    private GraphVersion read(Session session) {
        String query = cypher.get("graph/version-current");
        return session.executeRead(t -> {
            var r = t.run(query).single();
            return new GraphVersion(r.get("data").asLong(), r.get("genes").asLong(), r.get("geneSets").asLong(),
                    r.get("reviewOnly").asLong());
        }, tx);
    }

    /** A version read: the newest one wins and listeners hear of a change. */
    public synchronized void observe(GraphVersion v) {
        GraphVersion before = current;
        if (v.data() > before.data() || before == GraphVersion.NONE || v.data() < before.data() - 1_000_000) {
            // (a much smaller number means the database was replaced, e.g. a test that wipes it)
            current = v;
            listeners.forEach(l -> l.accept(v));
        }
    }

    /** Called on every change of the version (to drop entries that can no longer be read). */
    public void onChange(Consumer<GraphVersion> listener) {
        listeners.add(listener);
    }
}
