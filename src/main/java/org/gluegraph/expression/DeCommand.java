package org.gluegraph.expression;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DeseqInputException;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.DeseqOutcome;
import org.gluegraph.expression.internal.DeseqPipeline;
import org.gluegraph.expression.internal.LibraryPreload;
import org.gluegraph.expression.internal.ProgressListener;
import org.gluegraph.expression.internal.TestSpec;
import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.CountTableReader;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.expression.io.DetailsWriter;
import org.gluegraph.expression.io.ExperimentBuilder;
import org.gluegraph.expression.io.InputFileException;
import org.gluegraph.expression.io.ResultWriter;
import org.gluegraph.expression.io.SampleSheet;
import org.gluegraph.expression.io.SampleSheetReader;

/**
 * The {@code de} command's work: counts + sample sheet -> DESeq2 results table. Plain Java (no Spring, no
 * database) so that it starts fast; its options are read by the command line ({@code org.gluegraph.cli.DeCli},
 * picocli) into {@link DeArguments}; storing the result in the graph ({@code --attach}) is done by the caller's
 * {@link Attacher} after {@link #run} returns.
 */
public final class DeCommand {

    private DeCommand() {
    }

    /** Stores a result in the graph (given by the caller, which knows how to reach the graph). */
    public interface Attacher {
        String attach(AttachRequest request);
    }

    /** HGNC symbols for the results' symbol column, one per gene id ("" when unknown); given by the caller. */
    public interface Symbols {
        List<String> of(List<String> geneIds);
    }

    /**
     * Runs parsed arguments and reports; returns the process exit code (0 done, 2 bad input, 1 internal error).
     * Never throws for bad input. {@code attacher} may be null when {@code arguments.attach()} is.
     */
    public static int execute(DeArguments arguments, PrintStream out, PrintStream err, Attacher attacher,
                              Symbols symbols) {
        try {
            DeseqOutcome outcome = run(arguments, out, err, symbols);
            if (arguments.attach() != null) {
                if (attacher == null) {
                    err.println("de: --attach needs the graph; run it as 'java -jar gluegraph.jar de ...'");
                    return 2;
                }
                long t0 = System.nanoTime();
                AttachRequest request = DifferentialExpression.request(arguments.attach(), arguments.analysis(),
                        outcome, arguments.counts(), arguments.samples(), arguments.round(), arguments.threads());
                err.println("[de] " + attacher.attach(request) + String.format(Locale.ROOT, " %.2f s",
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

    /** Reads and validates the inputs, runs the DESeq2 pipeline, writes the results; one progress line per step. */
    public static DeseqOutcome run(DeArguments a, PrintStream out, PrintStream err) {
        return run(a, out, err, null);
    }

    /** As {@link #run(DeArguments, PrintStream, PrintStream)}, the symbol column filled by {@code symbols}. */
    public static DeseqOutcome run(DeArguments a, PrintStream out, PrintStream err, Symbols symbols) {
        long t0 = System.nanoTime();
        LibraryPreload.start();
        CountTable counts = CountTableReader.read(a.counts(), a.round());
        progress(err, "read counts (" + counts.geneIds().size() + " genes x " + counts.sampleIds().size()
                + " samples" + (a.round() ? ", rounded to integers" : "") + ")", t0);
        // looked up beside the engine, which leaves a core idle in its serial steps; joined before the writing
        java.util.concurrent.CompletableFuture<List<String>> symbolsOfCounts = symbols == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> symbols.of(counts.geneIds()));
        long t1 = System.nanoTime();
        SampleSheet sheet = SampleSheetReader.read(a.samples());
        DesignFormula design = DesignFormula.parse(a.design(), sheet);
        DesignFormula reduced = a.lrt() ? DesignFormula.parse(a.reduced(), sheet) : null;
        DeseqInput input = ExperimentBuilder.build(counts, sheet, design, a.choices(), a.contrast());
        progress(err, "read sample sheet and checked design " + design.text(), t1);
        for (String line : ExperimentBuilder.describe(input, design)) {
            err.println("[de]   " + line);
        }

        DeseqOptions d = DeseqOptions.defaults();
        DeseqOptions options = new DeseqOptions(a.alpha(), d.cooksCutoff(), d.independentFiltering(),
                d.minReplicatesForReplace(), a.lfcShrinkNormal(), a.threads());
        ProgressListener listener = (step, millis) ->
                err.printf(Locale.ROOT, "[de] %s %.2f s%n", step, millis / 1000.0);
        TestSpec test = reduced == null ? TestSpec.wald() : TestSpec.lrt(reduced.model());
        long t2 = System.nanoTime();
        DeseqOutcome outcome = DeseqPipeline.run(input, design.model(), test, a.results(), options, listener);
        // the benchmark (bench/de/run.sh) reads this line as the engine-only time
        progress(err, "pipeline", t2);
        err.println("[de] resultsNames: " + String.join(", ", outcome.resultsNames()));
        err.println("[de] log2FoldChange: " + outcome.lfcDescription() + "; pvalue: " + outcome.testDescription());

        long t3 = System.nanoTime();
        List<String> symbolColumn = symbolsOfCounts == null ? null
                : symbolColumn(counts.geneIds(), symbolsOfCounts, outcome, err);
        ResultWriter.write(a.out(), outcome.results(), symbolColumn);
        if (a.details() != null) {
            DetailsWriter.write(a.details(), outcome);
        }
        progress(err, "wrote " + a.out() + (a.details() != null ? " and " + a.details() : ""), t3);
        return outcome;
    }

    /** The symbols in the results' order (each gene id of a count table is distinct), with their report line. */
    private static List<String> symbolColumn(List<String> ids, java.util.concurrent.CompletableFuture<List<String>> looked,
                                             DeseqOutcome outcome, PrintStream err) {
        long t0 = System.nanoTime();
        List<String> symbols;
        try {
            symbols = looked.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        java.util.Map<String, String> symbolOf = new java.util.HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            symbolOf.put(ids.get(i), symbols.get(i));
        }
        long mapped = symbols.stream().filter(s -> !s.isEmpty()).count();
        err.printf(Locale.ROOT, "[de] symbols from HGNC: %d of %d ids name one human gene (the others are left"
                + " blank); waited %.2f s%n", mapped, ids.size(), (System.nanoTime() - t0) / 1e9);
        return outcome.results().stream().map(r -> symbolOf.getOrDefault(r.geneId(), "")).toList();
    }

    private static void progress(PrintStream err, String step, long startNanos) {
        err.printf(Locale.ROOT, "[de] %s %.2f s%n", step, (System.nanoTime() - startNanos) / 1e9);
    }
}
