package org.gluegraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gluegraph.GlueGraphApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;

/** {@code serve}: the GraphQL API, the pages and GraphiQL on the embedded or configured Neo4j. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the service (the default command): GraphQL at /graphql, GraphiQL at /graphiql, pages at /.",
                "The embedded Neo4j lives in --gluegraph.data-dir (default ./data); GLUEGRAPH_NEO4J_URI selects an"
                        + " external server. Any --gluegraph.*, --server.* or --spring.* setting is passed on,"
                        + " e.g. --server.port=8081 (see the README's Configuration table)."})
final class ServeCommand implements Callable<Integer>, GlueGraphCli.SpringArgs {

    private List<String> springArgs = List.of();

    @Override
    public void springArgs(List<String> args) {
        this.springArgs = args;
    }

    /** @return {@link GlueGraphCli#KEEP_RUNNING}: the web server's threads keep the process alive */
    @Override
    public Integer call() {
        SpringApplication.run(GlueGraphApplication.class, new ArrayList<>(springArgs).toArray(String[]::new));
        return GlueGraphCli.KEEP_RUNNING;
    }
}
