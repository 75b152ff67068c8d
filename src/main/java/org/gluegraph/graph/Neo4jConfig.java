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

    /**
     * The driver is made, and its server's connectivity checked, on first use (the start-up's migration check,
     * {@code GraphStartup}), not when the bean is made: the embedded server is still starting on its own thread
     * then, and every bean that holds the driver would otherwise wait for it instead of being built meanwhile.
     */
    /** Closed before the server (GraphServerInitializer's bean): Spring destroys dependents first. */
    @Bean(destroyMethod = "close")
    Driver driver(GraphServer server, GraphProperties props) {
        var lazy = new LazyDriver(server, props);
        return (Driver) java.lang.reflect.Proxy.newProxyInstance(Driver.class.getClassLoader(),
                new Class<?>[] {Driver.class}, lazy);
    }

    /**
     * Makes the driver on the first call; later calls read a volatile field (no lock on every session). Closing a
     * driver that was never made (a start that failed before first use) does nothing.
     */
    private static final class LazyDriver implements java.lang.reflect.InvocationHandler {
        private final GraphServer server;
        private final GraphProperties props;
        private volatile Driver driver;

        LazyDriver(GraphServer server, GraphProperties props) {
            this.server = server;
            this.props = props;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "Driver(" + (driver == null ? "not connected yet" : driver) + ")";
                };
            }
            Driver d = driver;
            if (d == null && method.getName().equals("close") && method.getParameterCount() == 0) {
                return null;
            }
            try {
                return method.invoke(d == null ? target() : d, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private synchronized Driver target() {
            if (driver == null) {
                driver = connect(server, props);
            }
            return driver;
        }
    }

    private static Driver connect(GraphServer server, GraphProperties props) {
        var neo4j = props.neo4j();
        String uri = server.uri();
        var auth = server.embedded() || neo4j.password() == null
                ? AuthTokens.none()
                : AuthTokens.basic(neo4j.user(), neo4j.password());
        var config = Config.builder()
                .withMaxConnectionPoolSize(100)
                .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
        Driver driver = GraphDatabase.driver(uri, auth, config);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException("Cannot reach Neo4j at " + uri
                    + " (gluegraph.neo4j.uri / GLUEGRAPH_NEO4J_URI): " + e.getMessage(), e);
        }
        return driver;
    }
}
