package org.gluegraph.expression;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.gluegraph.expression.internal.DeseqInputException;
import org.gluegraph.expression.internal.PlotPca;
import org.gluegraph.expression.internal.VarianceStabilizingTransformation;
import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.CountTableReader;
import org.gluegraph.expression.io.ExperimentBuilder;
import org.gluegraph.expression.io.InputFileException;
import org.gluegraph.expression.io.SampleSheet;
import org.gluegraph.expression.io.SampleSheetReader;
import org.gluegraph.expression.io.VstWriter;

/**
 * The {@code vst} command: DESeq2's varianceStabilizingTransformation(dds, blind = TRUE) of a count matrix, and
 * optionally plotPCA's sample coordinates. Plain Java, no database; the options are read by the command line.
 */
public final class VstCommand {

    /** Parsed arguments of the vst command (read by the command line, {@code org.gluegraph.cli.VstCli}). */
    public record Arguments(Path counts, Path samples, Path out, Path pca, int ntop, boolean round, int threads) {
    }

    private VstCommand() {
    }

    /** Runs and reports; returns the process exit code (0 done, 2 bad input, 1 internal error). */
    public static int execute(Arguments a, PrintStream err) {
        try {
            run(a, err);
            return 0;
        } catch (InputFileException | DeseqInputException e) {
            err.println("vst: " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("vst: out of memory; give the JVM more heap (-Xmx)");
            return 1;
        } catch (RuntimeException e) {
            err.println("vst: internal error: " + e);
            return 1;
        }
    }

    public static VarianceStabilizingTransformation.Result run(Arguments a, PrintStream err) {
        long t0 = System.nanoTime();
        CountTable counts = CountTableReader.read(a.counts(), a.round());
        SampleSheet sheet = SampleSheetReader.read(a.samples());
        ExperimentBuilder.checkSamplesMatch(counts, sheet);
        progress(err, "read counts (" + counts.geneIds().size() + " genes x " + counts.sampleIds().size()
                + " samples" + (a.round() ? ", rounded to integers" : "") + ") and sample sheet", t0);
        long t1 = System.nanoTime();
        VarianceStabilizingTransformation.Result vst = VarianceStabilizingTransformation.blind(counts.geneIds(),
                counts.sampleIds(), counts.counts(), a.threads());
        progress(err, "varianceStabilizingTransformation (blind, " + vst.fitType() + " trend"
                + (vst.fitType().equals("parametric") ? String.format(Locale.ROOT, ": asymptDisp %.6g, extraPois %.6g",
                vst.asymptDisp(), vst.extraPois()) : ", DESeq2's fallback when the parametric fit fails") + ")", t1);
        long t2 = System.nanoTime();
        VstWriter.values(a.out(), vst);
        if (a.pca() != null) {
            PlotPca.Result pca = PlotPca.compute(vst.sampleIds(), vst.values(), a.ntop());
            VstWriter.pca(a.pca(), pca);
            err.printf(Locale.ROOT, "[vst] plotPCA on the %d most variable genes: PC1 %.1f%%, PC2 %.1f%% of the"
                    + " variance%n", pca.genesUsed(), 100 * pca.percentVar()[0], 100 * pca.percentVar()[1]);
        }
        progress(err, "wrote " + a.out() + (a.pca() != null ? " and " + a.pca() : ""), t2);
        return vst;
    }

    private static void progress(PrintStream err, String step, long startNanos) {
        err.printf(Locale.ROOT, "[vst] %s %.2f s%n", step, (System.nanoTime() - startNanos) / 1e9);
    }
}
