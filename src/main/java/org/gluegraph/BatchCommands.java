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
            case "vst" -> org.gluegraph.expression.VstCommand.execute(own.toArray(String[]::new), System.out, System.err);
            case "enrich" -> org.gluegraph.enrichment.EnrichCommand.execute(own.toArray(String[]::new), System.out,
                    System.err);
            case "load" -> load(own, springArgs);
            case "export" -> export(own, springArgs);
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

    /** load RELATIONS.tsv PUBLICATIONS.tsv [--actor NAME]: all or nothing, in one transaction. */
    static int load(List<String> args, String[] springArgs) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println("usage: load RELATIONS.tsv PUBLICATIONS.tsv [--actor NAME] [--gluegraph.data-dir=DIR]");
            return 0;
        }
        List<String> files = new ArrayList<>();
        String actor = System.getProperty("user.name", "bulk-load");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--actor") && i + 1 < args.size()) {
                actor = args.get(++i);
            } else if (args.get(i).startsWith("--")) {
                System.err.println("load: unknown option " + args.get(i));
                return 2;
            } else {
                files.add(args.get(i));
            }
        }
        if (files.size() != 2) {
            System.err.println("load: expected RELATIONS.tsv PUBLICATIONS.tsv (the seed-data format), got " + files);
            return 2;
        }
        try (ConfigurableApplicationContext graph = graphContext(springArgs)) {
            long t0 = System.nanoTime();
            int rows = graph.getBean(org.gluegraph.curation.CuratedFiles.class)
                    .load(java.nio.file.Path.of(files.get(0)), java.nio.file.Path.of(files.get(1)), actor);
            System.err.printf("load: %d claim rows from %s as %s, written in one transaction (%d ms)%n", rows,
                    files.get(0), actor, (System.nanoTime() - t0) / 1_000_000);
            return 0;
        } catch (org.gluegraph.curation.seed.SeedFormatException e) {
            System.err.println("load: " + e.getMessage() + " (nothing was written)");
            return 2;
        }
    }

    /** export DIR: relations.tsv and publications.tsv of the curated graph. */
    static int export(List<String> args, String[] springArgs) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            System.err.println("usage: export DIR [--gluegraph.data-dir=DIR]");
            return args.contains("--help") ? 0 : 2;
        }
        try (ConfigurableApplicationContext graph = graphContext(springArgs)) {
            graph.getBean(org.gluegraph.curation.CuratedFiles.class).export(java.nio.file.Path.of(args.get(0)));
            System.err.println("export: wrote relations.tsv and publications.tsv to " + args.get(0));
            return 0;
        }
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
