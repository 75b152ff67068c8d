package org.gluegraph.cli;

import java.util.List;
import java.util.function.Consumer;

import org.gluegraph.shared.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs a command's work in a {@link GraphProcess}, turning the known failures into one line and an exit code. */
final class GraphCommands {

    private GraphCommands() {
    }

    static int inGraph(String command, List<String> springArgs, Consumer<ConfigurableApplicationContext> work) {
        try (ConfigurableApplicationContext graph = GraphProcess.open(springArgs)) {
            work.accept(graph);
            return 0;
        } catch (GraphProcess.DataDirInUse e) {
            System.err.println(command + ": " + e.getMessage());
            return GlueGraphCli.BAD_INPUT;
        } catch (BadInputException e) {
            System.err.println(command + ": " + e.getMessage() + " (nothing was written)");
            return GlueGraphCli.BAD_INPUT;
        } catch (RuntimeException e) {
            if (GraphProcess.storeLocked(e)) {
                System.err.println(command + ": the data directory is locked by another process (a running GlueGraph"
                        + " or Neo4j); stop it, or point this command at it with --gluegraph.neo4j.uri=bolt://HOST:PORT");
                return GlueGraphCli.BAD_INPUT;
            }
            BadInputException bad = badInputCause(e);
            if (bad != null) {
                System.err.println(command + ": " + bad.getMessage() + " (nothing was written)");
                return GlueGraphCli.BAD_INPUT;
            }
            throw e;
        }
    }

    /** Start-up failures arrive wrapped in Spring's exceptions; a bad setting or seed file is still bad input. */
    private static BadInputException badInputCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException b) {
                return b;
            }
        }
        return null;
    }
}
