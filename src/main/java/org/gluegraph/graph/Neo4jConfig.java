package org.gluegraph.graph;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One driver for both cases: the embedded server is reached over Bolt like an external one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphProperties.class)
class Neo4jConfig {

    /** Closed after the driver: Spring destroys dependents first. */
    @Bean(destroyMethod = "close")
    GraphServer graphServer(GraphProperties props) {
        return GraphServer.from(props);
    }

    @Bean(destroyMethod = "close")
    Driver driver(GraphServer server, GraphProperties props) {
        var neo4j = props.neo4j();
        var auth = server.embedded() || neo4j.password() == null
                ? AuthTokens.none()
                : AuthTokens.basic(neo4j.user(), neo4j.password());
        var config = Config.builder()
                .withMaxConnectionPoolSize(100)
                .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
        Driver driver = GraphDatabase.driver(server.uri(), auth, config);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException("Cannot reach Neo4j at " + server.uri()
                    + " (gluegraph.neo4j.uri / GLUEGRAPH_NEO4J_URI): " + e.getMessage(), e);
        }
        return driver;
    }
}
