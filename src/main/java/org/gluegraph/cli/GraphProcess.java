package org.gluegraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gluegraph.GlueGraphApplication;
import org.gluegraph.graph.EmbeddedNeo4j;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The graph without the web server, for the commands that read or write it ({@code load}, {@code export},
 * {@code de --attach}): the embedded database (migrated and seeded on first use) or the external one. Refuses, in
 * one line and before anything starts, a data directory that a running service holds.
 */
final class GraphProcess {

    /** The data directory is held by a running process; {@code boltUri} is where it can be reached instead. */
    static final class DataDirInUse extends RuntimeException {
        DataDirInUse(Path dataDir, String boltUri) {
            super("the data directory " + dataDir + " is in use by a running GlueGraph service; run the command against it"
                    + " with --gluegraph.neo4j.uri=" + boltUri + " (or stop the service first)");
        }
    }

    private GraphProcess() {
    }

    static ConfigurableApplicationContext open(List<String> springArgs) {
        if (!external(springArgs)) {
            Path dataDir = dataDir(springArgs);
            String holder = EmbeddedNeo4j.holderOf(dataDir);
            if (holder != null) {
                throw new DataDirInUse(dataDir, holder);
            }
        }
        List<String> args = new ArrayList<>(springArgs);
        args.add("--spring.main.banner-mode=off");
        return new SpringApplicationBuilder(GlueGraphApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(args.toArray(String[]::new));
    }

    private static boolean external(List<String> springArgs) {
        String uri = value(springArgs, "--gluegraph.neo4j.uri");
        if (uri == null) {
            uri = System.getenv("GLUEGRAPH_NEO4J_URI");
        }
        return uri != null && !uri.isBlank();
    }

    private static Path dataDir(List<String> springArgs) {
        String dir = value(springArgs, "--gluegraph.data-dir");
        if (dir == null) {
            dir = System.getenv().getOrDefault("GLUEGRAPH_DATA_DIR", "./data");
        }
        return Path.of(dir);
    }

    private static String value(List<String> args, String name) {
        String found = null;
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                found = a.substring(name.length() + 1);
            }
        }
        return found;
    }

    /** Whether a start-up failure was the store lock of another process (one that wrote no bolt-uri file). */
    static boolean storeLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith("FileLockException")
                    || (t.getMessage() != null && t.getMessage().contains("locked by another process"))) {
                return true;
            }
        }
        return false;
    }
}
