package org.gluegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.gluegraph.curation.CuratedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export DIR}: the curated graph as relations.tsv and publications.tsv, sorted so that it round-trips. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the curated graph to DIR/relations.tsv and DIR/publications.tsv (the seed-data format;"
                + " sorted, so export, load into an empty graph and export again give identical files).")
final class ExportCommand implements Callable<Integer>, GlueGraphCli.SpringArgs {

    @Parameters(index = "0", paramLabel = "DIR", description = "folder to write (created if missing)")
    Path dir;

    private List<String> springArgs = List.of();

    @Override
    public void springArgs(List<String> args) {
        this.springArgs = args;
    }

    @Override
    public Integer call() {
        return GraphCommands.inGraph("export", springArgs, graph -> {
            graph.getBean(CuratedFiles.class).export(dir);
            System.err.println("export: wrote relations.tsv and publications.tsv to " + dir);
        });
    }
}
