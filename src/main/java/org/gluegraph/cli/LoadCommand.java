package org.gluegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.gluegraph.curation.CuratedFiles;
import org.gluegraph.shared.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load RELATIONS.tsv PUBLICATIONS.tsv}: curated claims in the seed-data format, all or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load curated relations and publications (the seed-data format, as 'export' writes it)"
                + " in one transaction: everything or, on the first bad row, nothing.",
                "Claims already in the graph (same id) are left as they are; a row that states a live claim again"
                        + " (same subject, predicate, object and context) is refused with its line and the existing"
                        + " claim.",
                "Against a running service: --gluegraph.neo4j.uri=bolt://localhost:PORT (its Bolt URI)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:loaded", "2:bad input, nothing written", "1:internal error"})
final class LoadCommand implements Callable<Integer>, GlueGraphCli.SpringArgs {

    @Parameters(index = "0", paramLabel = "RELATIONS.tsv", description = "claims: claim_id, subject, ... status")
    Path relations;

    @Parameters(index = "1", paramLabel = "PUBLICATIONS.tsv", description = "publications: id, pmid, doi, ...")
    Path publications;

    @Option(names = "--actor", paramLabel = "NAME", description = "who is recorded as loading the claims"
            + " (default: the OS user)")
    String actor = System.getProperty("user.name", "bulk-load");

    private List<String> springArgs = List.of();

    @Override
    public void springArgs(List<String> args) {
        this.springArgs = args;
    }

    @Override
    public Integer call() {
        // the cheap checks first: a missing file is said before any database starts
        for (Path f : List.of(relations, publications)) {
            if (!Files.isRegularFile(f)) {
                System.err.println("load: " + f + ": file not found (nothing was written)");
                return GlueGraphCli.BAD_INPUT;
            }
        }
        try {
            CuratedFiles.checkActor(actor);
        } catch (BadInputException e) {
            System.err.println("load: " + e.getMessage());
            return GlueGraphCli.BAD_INPUT;
        }
        return GraphCommands.inGraph("load", springArgs, graph -> {
            long t0 = System.nanoTime();
            int rows = graph.getBean(CuratedFiles.class).load(relations, publications, actor);
            System.err.printf("load: %d claim rows from %s as %s, written in one transaction (%d ms)%n", rows,
                    relations, actor, (System.nanoTime() - t0) / 1_000_000);
        });
    }
}
