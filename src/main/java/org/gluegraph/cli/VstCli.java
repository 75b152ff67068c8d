package org.gluegraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gluegraph.expression.VstCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vst}: DESeq2's variance stabilizing transformation and plotPCA coordinates ('vst --help'). */
@Command(name = "vst", description = "DESeq2's variance stabilizing transformation (blind) and plotPCA coordinates;"
        + " 'vst --help' lists the options.")
final class VstCli implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "OPTIONS", hidden = true)
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return VstCommand.execute(args.toArray(String[]::new), System.out, System.err);
    }
}
