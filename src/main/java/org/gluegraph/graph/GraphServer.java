package org.gluegraph.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Neo4j this process talks to: its own embedded one, or an external server. The embedded one starts on its own
 * thread as soon as this bean exists, so that its start (about 5 s) runs while Spring builds the rest of the
 * application; {@link #uri()} waits for it.
 */
public final class GraphServer implements AutoCloseable {

    private final String externalUri;
    private final CompletableFuture<EmbeddedNeo4j> embedded;

    private GraphServer(String externalUri, CompletableFuture<EmbeddedNeo4j> embedded) {
        this.externalUri = externalUri;
        this.embedded = embedded;
    }

    static GraphServer from(GraphProperties props) {
        if (props.neo4j().external()) {
            String uri = props.neo4j().uri().trim();
            if (!uri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
                throw new IllegalArgumentException("gluegraph.neo4j.uri (GLUEGRAPH_NEO4J_URI): expected a URI like "
                        + "bolt://host:7687, neo4j://host or neo4j+s://host, got '" + uri + "'");
            }
            return new GraphServer(uri, null);
        }
        EmbeddedNeo4j.checkPort(props.neo4j().boltPort());
        var start = new CompletableFuture<EmbeddedNeo4j>();
        Thread t = new Thread(() -> {
            try {
                EmbeddedNeo4j db = EmbeddedNeo4j.start(props.dataDir(), props.neo4j().boltPort());
                start.complete(db);
                // after the server is up, and still beside the bean creation: the first Cypher of a JVM loads
                // and compiles the query planner (about 2 s), which the migration check would otherwise pay
                db.warmUp();
            } catch (Throwable e) {
                start.completeExceptionally(e);
            }
        }, "neo4j-start");
        t.start();
        return new GraphServer(null, start);
    }

    /** The Bolt URI; for the embedded server, once it has started (its start's failure is thrown here). */
    public String uri() {
        return embedded == null ? externalUri : server().boltUri();
    }

    public boolean embedded() {
        return embedded != null;
    }

    /**
     * The embedded database, for bulk writes that skip Bolt and Cypher (the import's edges; once it has started), or
     * null when the graph is on an external server.
     */
    public org.neo4j.graphdb.GraphDatabaseService embeddedDatabase() {
        return embedded == null ? null : server().database();
    }

    private EmbeddedNeo4j server() {
        try {
            return embedded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            // a start still under way is waited for, so the store is closed cleanly
            try {
                server().close();
            } catch (RuntimeException failedStart) {
                // nothing was started, nothing to close
            }
        }
    }
}
