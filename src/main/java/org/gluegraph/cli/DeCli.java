package org.gluegraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gluegraph.contrast.ContrastWriter;
import org.gluegraph.expression.AttachRequest;
import org.gluegraph.expression.DeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code de}: the DESeq2 engine on files ({@link DeCommand} reads and checks its own options, since the engine
 * runs without Spring); {@code --attach} stores the result in the graph through a {@link GraphProcess}.
 */
@Command(name = "de", description = "Differential expression by the DESeq2 method; 'de --help' lists the options.",
        helpCommand = false)
final class DeCli implements Callable<Integer>, GlueGraphCli.SpringArgs {

    @Parameters(arity = "0..*", paramLabel = "OPTIONS", hidden = true)
    List<String> args = new ArrayList<>();

    private List<String> springArgs = List.of();

    @Override
    public void springArgs(List<String> args) {
        this.springArgs = args;
    }

    @Override
    public Integer call() {
        return DeCommand.execute(args.toArray(String[]::new), System.out, System.err, this::attach);
    }

    private String attach(AttachRequest request) {
        String[] message = new String[1];
        int code = GraphCommands.inGraph("de --attach", springArgs, graph -> {
            ContrastWriter.Attached a = graph.getBean(ContrastWriter.class).attach(request);
            message[0] = "attached contrast '" + a.contrast().name() + "': " + a.mapped() + " genes mapped to HGNC, "
                    + a.unmapped() + " ids unmapped, " + a.ambiguous() + " ambiguous, " + a.duplicates()
                    + " duplicates";
        });
        if (code != 0) {
            throw new org.gluegraph.shared.BadInputException("the result was not stored (see above)");
        }
        return message[0];
    }
}
