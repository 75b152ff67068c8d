package org.gluegraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gluegraph.expression.VstCommand;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.PlotPca;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vst}: DESeq2's variance stabilizing transformation and plotPCA coordinates, from files. */
@Command(name = "vst", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 110,
        description = {"DESeq2's variance stabilizing transformation, varianceStabilizingTransformation(dds, blind ="
                + " TRUE): size factors, dispersions of the design ~ 1 and DESeq2's default trend (parametric; a local"
                + " fit when the parametric one fails, as DESeq2 falls back), then the transformation the trend"
                + " implies (log2 scale)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad input or arguments (message on stderr)", "1:internal error"})
public final class VstCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--counts", required = true, paramLabel = "FILE", description = "count matrix as for de"
            + " (TSV/CSV, optionally .gz, or featureCounts output)")
    Path counts;

    @Option(names = "--samples", required = true, paramLabel = "FILE", description = "sample sheet as for de; its"
            + " sample names must match the count columns")
    Path samples;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "VST values: gene_id, then one"
            + " column per sample (.gz allowed)")
    Path out;

    @Option(names = "--pca", paramLabel = "FILE", description = "also plotPCA(vsd, returnData = TRUE): PC1 and PC2 of"
            + " every sample on the ntop most variable genes (prcomp, centred, not scaled) and a last line percentVar"
            + " (the variance shares of PC1 and PC2). The sign of a component is arbitrary, as in R")
    Path pca;

    @Option(names = "--ntop", paramLabel = "N", converter = Converters.Ntop.class,
            description = "genes for the PCA (default: " + PlotPca.NTOP + ", as plotPCA)")
    Integer ntop;

    @Option(names = "--round", description = "round non-integer counts as de --round does (R's round(), no length"
            + " offsets)")
    boolean round;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
            description = "worker threads (default: ${DEFAULT-VALUE}, the processors)")
    int threads = DeseqOptions.defaults().threads();

    private final PrintStream stderr;

    VstCli() {
        this(System.err);
    }

    private VstCli(PrintStream err) {
        this.stderr = err;
    }

    /** Parses, runs and reports as {@code java -jar gluegraph.jar vst ...} does; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return GlueGraphCli.standalone(new VstCli(err), out, err).execute(args);
    }

    /** The arguments as the engine receives them, or a {@link ParameterException} naming the option. */
    public static VstCommand.Arguments parse(String... args) {
        VstCli cli = new VstCli();
        GlueGraphCli.standalone(cli, System.out, System.err).parseArgs(args);
        return cli.arguments();
    }

    @Override
    public Integer call() {
        return VstCommand.execute(arguments(), stderr);
    }

    VstCommand.Arguments arguments() {
        if (ntop != null && pca == null) {
            throw new ParameterException(spec.commandLine(), "--ntop: only used with --pca FILE");
        }
        return new VstCommand.Arguments(counts, samples, out, pca, ntop == null ? PlotPca.NTOP : ntop, round, threads);
    }
}
