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

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    public static EmbeddedNeo4j start(Path dataDir, int requestedBoltPort) {
        Path home = dataDir.toAbsolutePath().normalize().resolve("neo4j");
        try {
            Files.createDirectories(home);
        } catch (Exception e) {
            throw new IllegalStateException("gluegraph.data-dir: cannot create " + home + ": " + e.getMessage(), e);
        }
        if (requestedBoltPort < 0 || requestedBoltPort > 65535) {
            throw new IllegalArgumentException(
                    "gluegraph.neo4j.bolt-port: expected 0 (any free port) or 1-65535, got " + requestedBoltPort);
        }
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
        return new EmbeddedNeo4j(dbms, port);
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
