package org.gluegraph.expression;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DeseqInputException;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.DeseqOutcome;
import org.gluegraph.expression.internal.DeseqPipeline;
import org.gluegraph.expression.internal.LibraryPreload;
import org.gluegraph.expression.internal.ProgressListener;
import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.CountTableReader;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.expression.io.DetailsWriter;
import org.gluegraph.expression.io.ExperimentBuilder;
import org.gluegraph.expression.io.InputFileException;
import org.gluegraph.expression.io.ResultWriter;
import org.gluegraph.expression.io.SampleSheet;
import org.gluegraph.expression.io.SampleSheetReader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code de} command: counts + sample sheet -> DESeq2 results table. Plain Java (no Spring, no database) so
 * that it starts fast; storing the result in the graph ({@code --attach}) is done by the caller after
 * {@link #run} returns.
 */
public final class DeCommand {

    public static final String USAGE = """
            Usage: de --counts FILE --samples FILE --design FORMULA --contrast FACTOR,NUMERATOR,DENOMINATOR --out FILE
                      [--details DIR] [--lfc-shrink normal] [--alpha A] [--threads N] [--attach NAME]

            Differential expression by the DESeq2 method (Love, Huber, Anders 2014).
              --counts FILE       count matrix: TSV/CSV (optionally .gz), gene id then one integer column per
                                  sample; or featureCounts output
              --samples FILE      sample sheet: TSV/CSV, sample id then one column per factor
              --design FORMULA    additive formula of sample-sheet columns, e.g. "~ cell + dex"
              --contrast F,N,D    log2 fold change of level N over level D of factor F, e.g. dex,trt,untrt
              --out FILE          results TSV (gene_id baseMean log2FoldChange lfcSE stat pvalue padj), .gz allowed
              --details DIR       also write sizeFactors.tsv, dispersions.tsv and run.tsv into DIR
              --lfc-shrink normal shrink log2 fold changes with the normal prior (DESeq2 betaPrior=TRUE style)
              --alpha A           FDR target of independent filtering (default 0.1)
              --threads N         worker threads (default %d)
              --attach NAME       store the result as contrast NAME on the gene nodes of the graph
            Exit codes: 0 done, 2 bad input or arguments (message on stderr), 1 internal error.
            """.formatted(DeseqOptions.defaults().threads());

    private static final Set<String> FLAGS = Set.of("--counts", "--samples", "--design", "--contrast", "--out",
            "--details", "--lfc-shrink", "--alpha", "--threads", "--attach");

    private DeCommand() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Stores a result in the graph (given by the caller, which knows how to reach the graph). */
    public interface Attacher {
        String attach(AttachRequest request);
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, null);
    }

    /** Parses, runs and reports; returns the process exit code. Never throws for bad input. */
    public static int execute(String[] args, PrintStream out, PrintStream err, Attacher attacher) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
        }
        DeArguments arguments;
        try {
            arguments = parse(args);
        } catch (InputFileException e) {
            err.println("de: " + e.getMessage());
            err.println("Run 'de --help' for usage.");
            return 2;
        }
        try {
            DeseqOutcome outcome = run(arguments, out, err);
            if (arguments.attach() != null) {
                if (attacher == null) {
                    err.println("de: --attach needs the graph; run it as 'java -jar gluegraph.jar de ...'");
                    return 2;
                }
                long t0 = System.nanoTime();
                AttachRequest request = DifferentialExpression.request(arguments.attach(), arguments.design(),
                        arguments.contrast(), outcome,
                        DifferentialExpression.digest(arguments.counts(), arguments.samples()));
                err.println("[de] " + attacher.attach(request) + String.format(java.util.Locale.ROOT, " %.2f s",
                        (System.nanoTime() - t0) / 1e9));
            }
            return 0;
        } catch (InputFileException | DeseqInputException e) {
            err.println("de: " + e.getMessage());
            return 2;
        } catch (org.gluegraph.shared.BadInputException e) {
            err.println("de: --attach: " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("de: out of memory; give the JVM more heap (-Xmx) or fewer threads");
            return 1;
        } catch (RuntimeException e) {
            err.println("de: internal error: " + e);
            return 1;
        }
    }

    /** Parses {@code --name value} or {@code --name=value} options; every error names the option. */
    public static DeArguments parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name;
            String value;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else {
                name = a;
                if (!FLAGS.contains(name)) {
                    value = null;
                } else if (i + 1 >= args.length) {
                    throw new InputFileException(name + ": missing value");
                } else {
                    value = args[++i];
                }
            }
            if (!FLAGS.contains(name)) {
                throw new InputFileException(a.startsWith("-") ? "unknown option '" + name + "'"
                        : "unexpected argument '" + a + "'; options are " + String.join(", ", FLAGS.stream().sorted().toList()));
            }
            if (values.put(name, value) != null) {
                throw new InputFileException(name + ": given more than once");
            }
        }
        for (String required : List.of("--counts", "--samples", "--design", "--contrast", "--out")) {
            if (!values.containsKey(required) || values.get(required).isBlank()) {
                throw new InputFileException("missing required option " + required);
            }
        }
        DesignFormula.parse(values.get("--design")); // syntax now; columns once the sheet is read
        ContrastSpec contrast = parseContrast(values.get("--contrast"));
        boolean shrink = false;
        if (values.containsKey("--lfc-shrink")) {
            String type = values.get("--lfc-shrink");
            if (!type.equalsIgnoreCase("normal")) {
                throw new InputFileException("--lfc-shrink: expected 'normal', found '" + type
                        + "' (apeglm and ashr are not implemented)");
            }
            shrink = true;
        }
        DeseqOptions defaults = DeseqOptions.defaults();
        double alpha = defaults.alpha();
        if (values.containsKey("--alpha")) {
            alpha = parseDouble("--alpha", values.get("--alpha"));
            if (!(alpha > 0 && alpha < 1)) {
                throw new InputFileException("--alpha: expected a number between 0 and 1 (exclusive), found '"
                        + values.get("--alpha") + "'");
            }
        }
        int threads = defaults.threads();
        if (values.containsKey("--threads")) {
            String t = values.get("--threads");
            try {
                threads = Integer.parseInt(t.strip());
            } catch (NumberFormatException e) {
                threads = 0;
            }
            if (threads < 1 || threads > 1024) {
                throw new InputFileException("--threads: expected a whole number from 1 to 1024, found '" + t + "'");
            }
        }
        String attach = values.get("--attach");
        if (attach != null && attach.isBlank()) {
            throw new InputFileException("--attach: expected a contrast name, found an empty value");
        }
        return new DeArguments(Path.of(values.get("--counts")), Path.of(values.get("--samples")),
                values.get("--design").strip(), contrast, Path.of(values.get("--out")),
                values.containsKey("--details") ? Path.of(values.get("--details")) : null,
                shrink, alpha, threads, attach == null ? null : attach.strip());
    }

    private static ContrastSpec parseContrast(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new InputFileException("--contrast: expected FACTOR,NUMERATOR,DENOMINATOR (e.g. dex,trt,untrt), found '"
                    + text + "'");
        }
        return new ContrastSpec(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }

    private static double parseDouble(String option, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InputFileException(option + ": expected a number, found '" + text + "'");
        }
    }

    /** Reads and validates the inputs, runs the DESeq2 pipeline, writes the results; one progress line per step. */
    public static DeseqOutcome run(DeArguments a, PrintStream out, PrintStream err) {
        long t0 = System.nanoTime();
        LibraryPreload.start();
        CountTable counts = CountTableReader.read(a.counts());
        progress(err, "read counts (" + counts.geneIds().size() + " genes x " + counts.sampleIds().size()
                + " samples)", t0);
        long t1 = System.nanoTime();
        SampleSheet sheet = SampleSheetReader.read(a.samples());
        DesignFormula design = DesignFormula.parse(a.design(), sheet);
        DeseqInput input = ExperimentBuilder.build(counts, sheet, design, a.contrast());
        progress(err, "read sample sheet and checked design", t1);

        DeseqOptions d = DeseqOptions.defaults();
        DeseqOptions options = new DeseqOptions(a.alpha(), d.cooksCutoff(), d.independentFiltering(),
                d.minReplicatesForReplace(), a.lfcShrinkNormal(), a.threads());
        ProgressListener listener = (step, millis) ->
                err.printf(Locale.ROOT, "[de] %s %.2f s%n", step, millis / 1000.0);
        long t2 = System.nanoTime();
        DeseqOutcome outcome = DeseqPipeline.run(input, design.factors(), a.contrast(), options, listener);
        // the benchmark (bench/de/run.sh) reads this line as the engine-only time
        progress(err, "pipeline", t2);

        long t3 = System.nanoTime();
        ResultWriter.write(a.out(), outcome.results());
        if (a.details() != null) {
            DetailsWriter.write(a.details(), outcome);
        }
        progress(err, "wrote " + a.out() + (a.details() != null ? " and " + a.details() : ""), t3);
        return outcome;
    }

    private static void progress(PrintStream err, String step, long startNanos) {
        err.printf(Locale.ROOT, "[de] %s %.2f s%n", step, (System.nanoTime() - startNanos) / 1e9);
    }
}
