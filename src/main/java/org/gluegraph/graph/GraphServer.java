package org.gluegraph.graph;

/** The Neo4j this process talks to: its own embedded one, or an external server. */
public final class GraphServer implements AutoCloseable {

    private final String uri;
    private final EmbeddedNeo4j embedded;

    private GraphServer(String uri, EmbeddedNeo4j embedded) {
        this.uri = uri;
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
        EmbeddedNeo4j db = EmbeddedNeo4j.start(props.dataDir(), props.neo4j().boltPort());
        return new GraphServer(db.boltUri(), db);
    }

    public String uri() {
        return uri;
    }

    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
