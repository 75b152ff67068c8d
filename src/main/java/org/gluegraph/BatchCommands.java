package org.gluegraph;

import java.util.ArrayList;
import java.util.List;

import org.gluegraph.expression.AttachRequest;
import org.gluegraph.expression.ContrastWriter;
import org.gluegraph.expression.DeCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The batch commands of the jar (everything but {@code serve}). */
final class BatchCommands {

    private BatchCommands() {
    }

    static int run(String command, String[] args) {
        List<String> own = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        // --gluegraph.* settings (data directory, Neo4j URI) go to the graph, the rest to the command
        for (String a : args) {
            (a.startsWith("--gluegraph.") || a.startsWith("--spring.") ? spring : own).add(a);
        }
        String[] springArgs = spring.toArray(String[]::new);
        return switch (command) {
            case "de" -> DeCommand.execute(own.toArray(String[]::new), System.out, System.err,
                    request -> attach(request, springArgs));
            case "enrich" -> org.gluegraph.enrichment.EnrichCommand.execute(own.toArray(String[]::new), System.out,
                    System.err);
            default -> {
                System.err.println("unknown command '" + command + "'\n" + GlueGraphApplication.USAGE);
                yield 2;
            }
        };
    }

    /** The graph without the web server: the embedded database (seeded on first use) or the external one. */
    static ConfigurableApplicationContext graphContext(String[] springArgs) {
        return new SpringApplicationBuilder(GlueGraphApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(springArgs);
    }

    private static String attach(AttachRequest request, String[] springArgs) {
        try (ConfigurableApplicationContext graph = graphContext(springArgs)) {
            ContrastWriter.Attached a = graph.getBean(ContrastWriter.class).attach(request);
            return "attached contrast '" + a.contrast().name() + "': " + a.mapped() + " genes mapped to HGNC, "
                    + a.unmapped() + " ids unmapped, " + a.ambiguous() + " ambiguous, " + a.duplicates()
                    + " duplicates";
        }
    }
}
