package org.gluegraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j inside this JVM that the service reaches over Bolt on localhost exactly as it would reach an
 * external server, so that one code path (the driver) serves both.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** Written next to the store while this process holds it, so another process can say where to connect. */
    public static final String BOLT_URI_FILE = "bolt-uri";

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, Path home) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.home = home;
    }

    /** The Neo4j home inside a data directory. */
    public static Path home(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("neo4j");
    }

    /**
     * The Bolt URI of the running process that holds this data directory, or null when none does (the file is
     * there and its port answers).
     */
    public static String holderOf(Path dataDir) {
        Path file = home(dataDir).resolve(BOLT_URI_FILE);
        try {
            String uri = Files.readString(file).strip();
            int port = Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1));
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("localhost", port), 500);
                return uri;
            }
        } catch (Exception e) {
            return null; // no file, or nobody listening: a stale file of a process that was killed
        }
    }

    static void checkPort(int requestedBoltPort) {
        if (requestedBoltPort < 0 || requestedBoltPort > 65535) {
            throw new IllegalArgumentException(
                    "gluegraph.neo4j.bolt-port: expected 0 (any free port) or 1-65535, got " + requestedBoltPort);
        }
    }

    public static EmbeddedNeo4j start(Path dataDir, int requestedBoltPort) {
        Path home = home(dataDir);
        try {
            Files.createDirectories(home);
        } catch (Exception e) {
            throw new IllegalStateException("gluegraph.data-dir: cannot create " + home + ": " + e.getMessage(), e);
        }
        checkPort(requestedBoltPort);
        log.info("Starting embedded Neo4j in {}", home);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", requestedBoltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // The HTTP server's Jersey/javax classes clash with Boot's; Bolt is all we need.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Without these every shutdown waits ~10 s for Bolt threads that are already idle.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(15))
                .build();
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        log.info("Embedded Neo4j listening on bolt://localhost:{}", port);
        try {
            Files.writeString(home.resolve(BOLT_URI_FILE), "bolt://localhost:" + port + "\n");
        } catch (java.io.IOException e) {
            log.warn("cannot write {}: {}", home.resolve(BOLT_URI_FILE), e.toString());
        }
        return new EmbeddedNeo4j(dbms, port, home);
    }

    /**
     * Plans the queries every start and the first requests run (the migration check, the version poll, a gene
     * look-up), in process: Neo4j's plan cache is shared by Bolt sessions, so they find them planned. Read-only;
     * a failure only costs the time it would have saved.
     */
    void warmUp() {
        long t0 = System.nanoTime();
        var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            for (var q : WARM_UP) {
                db.executeTransactionally(CypherQueries.load(q.name()), q.parameters());
            }
            log.debug("Embedded Neo4j warmed up ({} ms)", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.debug("Warm-up query failed (harmless): {}", e.toString());
        }
    }

    private record WarmUpQuery(String name, java.util.Map<String, Object> parameters) {
    }

    private static final java.util.List<WarmUpQuery> WARM_UP = java.util.List.of(
            new WarmUpQuery("graph/applied-migrations", java.util.Map.of()),
            new WarmUpQuery("graph/version-current", java.util.Map.of()),
            new WarmUpQuery("query/resolve-gene-keys", java.util.Map.of("keys", java.util.List.of("myc"))));

    /** The database itself, for in-process bulk writes through the Java API (the import's edges). */
    public org.neo4j.graphdb.GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(home.resolve(BOLT_URI_FILE));
        } catch (java.io.IOException ignored) {
            // a stale file is recognised as such: nobody answers on its port
        }
        dbms.shutdown();
    }
}
