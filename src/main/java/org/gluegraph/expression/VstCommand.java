package org.gluegraph.expression;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.internal.DeseqInputException;
import org.gluegraph.expression.internal.DeseqOptions;
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
 * optionally plotPCA's sample coordinates. Plain Java, no database.
 */
public final class VstCommand {

    public static final String USAGE = """
            Usage: vst --counts FILE --samples FILE --out FILE [--pca FILE] [--ntop N] [--round] [--threads N]

            DESeq2's variance stabilizing transformation, varianceStabilizingTransformation(dds, blind = TRUE): size
            factors, dispersions of the design ~ 1 and DESeq2's default trend (parametric; a local fit when the
            parametric one fails, as DESeq2 falls back), then the transformation the trend implies (log2 scale).
              --counts FILE   count matrix as for de (TSV/CSV, optionally .gz, or featureCounts output)
              --samples FILE  sample sheet as for de; its sample names must match the count columns
              --out FILE      VST values: gene_id, then one column per sample (.gz allowed)
              --pca FILE      also plotPCA(vsd, returnData = TRUE): PC1 and PC2 of every sample on the ntop most
                              variable genes (prcomp, centred, not scaled) and a last line percentVar (the
                              variance shares of PC1 and PC2). The sign of a component is arbitrary, as in R
              --ntop N        genes for the PCA (default 500, as plotPCA)
              --round         round non-integer counts as de --round does (R's round(), no length offsets)
              --threads N     worker threads (default %d)
            Exit codes: 0 done, 2 bad input or arguments (message on stderr), 1 internal error.
            """.formatted(DeseqOptions.defaults().threads());

    private static final Set<String> VALUED = Set.of("--counts", "--samples", "--out", "--pca", "--ntop", "--threads");

    /** Parsed arguments of the vst command. */
    public record Arguments(Path counts, Path samples, Path out, Path pca, int ntop, boolean round, int threads) {
    }

    private VstCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
        }
        Arguments a;
        try {
            a = parse(args);
        } catch (InputFileException e) {
            err.println("vst: " + e.getMessage());
            err.println("Run 'vst --help' for usage.");
            return 2;
        }
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

    public static Arguments parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean round = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (name.equals("--round")) {
                if (eq > 0) {
                    throw new InputFileException("--round: takes no value, found '" + a.substring(eq + 1) + "'");
                }
                round = true;
                continue;
            }
            if (!VALUED.contains(name)) {
                throw new InputFileException(a.startsWith("-") ? "unknown option '" + name + "'"
                        : "unexpected argument '" + a + "'; options are --counts, --ntop, --out, --pca, --round,"
                        + " --samples, --threads");
            }
            String value;
            if (eq > 0 && a.startsWith("--")) {
                value = a.substring(eq + 1);
            } else if (i + 1 >= args.length) {
                throw new InputFileException(name + ": missing value");
            } else {
                value = args[++i];
            }
            if (values.put(name, value) != null) {
                throw new InputFileException(name + ": given more than once");
            }
        }
        for (String required : List.of("--counts", "--samples", "--out")) {
            if (!values.containsKey(required) || values.get(required).isBlank()) {
                throw new InputFileException("missing required option " + required);
            }
        }
        int ntop = wholeNumber(values, "--ntop", PlotPca.NTOP, 2, Integer.MAX_VALUE);
        int threads = wholeNumber(values, "--threads", DeseqOptions.defaults().threads(), 1, 1024);
        if (values.containsKey("--ntop") && !values.containsKey("--pca")) {
            throw new InputFileException("--ntop: only used with --pca FILE");
        }
        return new Arguments(Path.of(values.get("--counts")), Path.of(values.get("--samples")),
                Path.of(values.get("--out")), values.containsKey("--pca") ? Path.of(values.get("--pca")) : null,
                ntop, round, threads);
    }

    private static int wholeNumber(Map<String, String> values, String option, int fallback, int min, int max) {
        if (!values.containsKey(option)) {
            return fallback;
        }
        String t = values.get(option);
        int v;
        try {
            v = Integer.parseInt(t.strip());
        } catch (NumberFormatException e) {
            v = min - 1;
        }
        if (v < min || v > max) {
            throw new InputFileException(option + ": expected a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", found '" + t + "'");
        }
        return v;
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
