package org.gluegraph.seed;

import org.gluegraph.graph.GraphSchema;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The start-up work, in this order: (1) the schema migrations of {@code cypher/migrations}, (2) the seed steps in
 * their {@code @Order} (genes 10, drugs 20, curated 30, pathways 40, expression 50). A lifecycle of phase 0, so it
 * runs after every bean exists and before the web server (a later phase) accepts its first request; the command-line
 * processes that open the graph run it too.
 */
@Component
class GraphStartup implements SmartLifecycle {

    private final GraphSchema schema;
    private final SeedLoader seeds;
    private final SeedProperties props;
    private volatile boolean running;

    GraphStartup(GraphSchema schema, SeedLoader seeds, SeedProperties props) {
        this.schema = schema;
        this.seeds = seeds;
        this.props = props;
    }

    @Override
    public void start() {
        schema.migrate();
        if (props.enabled()) {
            seeds.loadAll(SeedSource.classpath("seed-data"));
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
