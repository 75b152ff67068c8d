package org.gluegraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gluegraph.enrichment.EnrichCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code enrich}: ORA or preranked GSEA from files, without a database ('enrich --help' lists the options). */
@Command(name = "enrich", description = "Pathway enrichment (ORA or preranked GSEA) from files; 'enrich --help' lists"
        + " the options.")
final class EnrichCli implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "OPTIONS", hidden = true)
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return EnrichCommand.execute(args.toArray(String[]::new), System.out, System.err);
    }
}
