package org.gluegraph.expression;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
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
 * The {@code de} command: counts + sample sheet -> DESeq2 results table. Plain Java (no Spring, no database) so
 * that it starts fast; storing the result in the graph ({@code --attach}) is done by the caller after
 * {@link #run} returns.
 */
public final class DeCommand {

    public static final String USAGE = """
            Usage: de --counts FILE --samples FILE --design FORMULA --out FILE
                      [--contrast FACTOR,NUMERATOR,DENOMINATOR | --name COEFFICIENT]
                      [--factor COLUMN]... [--reference FACTOR=LEVEL]... [--test Wald | --test LRT --reduced FORMULA]
                      [--lfc-threshold X] [--alt-hypothesis greaterAbs|lessAbs|greater|less] [--alpha A]
                      [--round] [--details DIR] [--lfc-shrink normal] [--threads N] [--attach NAME]

            Differential expression by the DESeq2 method (Love, Huber, Anders 2014), DESeq() then results().
              --counts FILE       count matrix: TSV/CSV (optionally .gz), gene id then one integer column per
                                  sample; or featureCounts output
              --samples FILE      sample sheet: TSV/CSV, sample id then one column per variable. A column whose
                                  values are all numbers is a numeric covariate (as R reads it): one coefficient,
                                  the log2 fold change per unit. Other columns are factors, levels sorted as R
                                  sorts them, the first being the reference.
              --design FORMULA    formula of sample-sheet columns with R's operators: "~ cell + dex",
                                  "~ genotype * condition" (= genotype + condition + genotype:condition),
                                  "~ batch + age"; the intercept is always fitted
              --contrast F,N,D    log2 fold change of level N over level D of factor F, e.g. dex,trt,untrt
              --name COEF         report one coefficient by DESeq2's resultsNames, e.g. condition_trt_vs_untrt,
                                  genotypeB.conditiontrt, age (the run prints the names). Without --contrast and
                                  --name: the last coefficient, as DESeq2's results() does
              --factor COLUMN     fit a column of numbers as a factor (R: factor(x)); repeatable
              --reference F=L     make level L the reference level of factor F (R: relevel); repeatable
              --test LRT          likelihood ratio test of --design against --reduced (DESeq2's nbinomLRT); the
                                  p-value tests all coefficients the reduced design drops, the log2 fold change
                                  column is still the MLE of the reported coefficient. Default: Wald
              --reduced FORMULA   reduced design for --test LRT, e.g. "~ 1" or "~ batch"
              --lfc-threshold X   test |log2 fold change| against X >= 0 instead of 0 (Wald test only)
              --alt-hypothesis H  greaterAbs (default): |LFC| > X; lessAbs: |LFC| < X (needs X > 0);
                                  greater: LFC > X; less: LFC < -X
              --alpha A           FDR target of independent filtering (default 0.1)
              --round             round non-integer counts (Salmon/kallisto estimates) to the nearest integer,
                                  halves to even, as R's round() in DESeqDataSetFromTximport; no transcript-length
                                  offsets are used (as with tximport's countsFromAbundance scaled counts)
              --out FILE          results TSV (gene_id baseMean log2FoldChange lfcSE stat pvalue padj), .gz allowed
              --details DIR       also write sizeFactors.tsv, dispersions.tsv and run.tsv into DIR
              --lfc-shrink normal shrink log2 fold changes with the normal prior (DESeq2 betaPrior=TRUE style);
                                  factor contrasts in designs of factors without interactions only
              --threads N         worker threads (default %d)
              --attach NAME       store the result as contrast NAME on the gene nodes of the graph, with the
                                  options above and the samples' PCA (vst blind, plotPCA's 500 genes)
            Exit codes: 0 done, 2 bad input or arguments (message on stderr), 1 internal error.
            """.formatted(DeseqOptions.defaults().threads());

    private static final Set<String> FLAGS = Set.of("--counts", "--samples", "--design", "--contrast", "--out",
            "--details", "--lfc-shrink", "--alpha", "--threads", "--attach", "--name", "--factor", "--reference",
            "--test", "--reduced", "--lfc-threshold", "--alt-hypothesis");
    /** Options without a value. */
    private static final Set<String> SWITCHES = Set.of("--round");
    /** Options that may be given more than once. */
    private static final Set<String> REPEATABLE = Set.of("--factor", "--reference");

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
                AttachRequest request = DifferentialExpression.request(arguments.attach(), arguments.analysis(),
                        outcome, arguments.counts(), arguments.samples(), arguments.round(), arguments.threads());
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
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name;
            String value;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
                if (SWITCHES.contains(name)) {
                    throw new InputFileException(name + ": takes no value, found '" + value + "'");
                }
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
            if (!FLAGS.contains(name) && !SWITCHES.contains(name)) {
                List<String> all = new ArrayList<>(FLAGS);
                all.addAll(SWITCHES);
                throw new InputFileException(a.startsWith("-") ? "unknown option '" + name + "'"
                        : "unexpected argument '" + a + "'; options are " + String.join(", ", all.stream().sorted().toList()));
            }
            List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (!list.isEmpty() && !REPEATABLE.contains(name)) {
                throw new InputFileException(name + ": given more than once");
            }
            list.add(value);
        }
        for (String required : List.of("--counts", "--samples", "--design", "--out")) {
            if (!values.containsKey(required) || single(values, required).isBlank()) {
                throw new InputFileException("missing required option " + required);
            }
        }
        DesignFormula design = DesignFormula.parse(single(values, "--design")); // syntax now; columns once the sheet is read
        if (design.model().isInterceptOnly()) {
            throw new InputFileException("--design: '" + design.text() + "' has no variable; the design needs at"
                    + " least one sample-sheet column, e.g. '~ condition'");
        }
        ContrastSpec contrast = values.containsKey("--contrast") ? parseContrast(single(values, "--contrast")) : null;
        String coefficient = null;
        if (values.containsKey("--name")) {
            coefficient = single(values, "--name").strip();
            if (coefficient.isEmpty()) {
                throw new InputFileException("--name: expected a coefficient name (resultsNames), found an empty value");
            }
            if (contrast != null) {
                throw new InputFileException("--contrast and --name: give one of them (a factor contrast or a"
                        + " coefficient name), not both");
            }
        }
        Set<String> factors = new LinkedHashSet<>();
        for (String f : values.getOrDefault("--factor", List.of())) {
            if (f.isBlank()) {
                throw new InputFileException("--factor: expected a sample-sheet column name, found an empty value");
            }
            factors.add(f.strip());
        }
        Map<String, String> references = new LinkedHashMap<>();
        for (String r : values.getOrDefault("--reference", List.of())) {
            int k = r.indexOf('=');
            if (k <= 0 || k == r.length() - 1 || r.substring(0, k).isBlank() || r.substring(k + 1).isBlank()) {
                throw new InputFileException("--reference: expected FACTOR=LEVEL (e.g. condition=untrt), found '" + r + "'");
            }
            String f = r.substring(0, k).strip();
            if (references.put(f, r.substring(k + 1).strip()) != null) {
                throw new InputFileException("--reference: factor '" + f + "' given more than once");
            }
        }
        boolean lrt = false;
        if (values.containsKey("--test")) {
            String t = single(values, "--test").strip();
            if (t.equalsIgnoreCase("LRT")) {
                lrt = true;
            } else if (!t.equalsIgnoreCase("Wald")) {
                throw new InputFileException("--test: expected 'Wald' or 'LRT', found '" + t + "'");
            }
        }
        String reduced = null;
        if (values.containsKey("--reduced")) {
            if (!lrt) {
                throw new InputFileException("--reduced: only used by the likelihood ratio test; add --test LRT");
            }
            DesignFormula r = DesignFormula.parse(single(values, "--reduced"));
            reduced = r.text();
        } else if (lrt) {
            throw new InputFileException("--test LRT: needs --reduced FORMULA, the design without the terms to test,"
                    + " e.g. --reduced \"~ 1\"");
        }
        double threshold = 0;
        if (values.containsKey("--lfc-threshold")) {
            String t = single(values, "--lfc-threshold");
            threshold = parseDouble("--lfc-threshold", t);
            if (!(threshold >= 0) || Double.isInfinite(threshold)) {
                throw new InputFileException("--lfc-threshold: expected a number >= 0 (log2 scale), found '" + t + "'");
            }
        }
        AltHypothesis alternative = AltHypothesis.GREATER_ABS;
        if (values.containsKey("--alt-hypothesis")) {
            String h = single(values, "--alt-hypothesis").strip();
            alternative = AltHypothesis.fromRName(h);
            if (alternative == null) {
                throw new InputFileException("--alt-hypothesis: expected greaterAbs, lessAbs, greater or less, found '"
                        + h + "'");
            }
            if (alternative == AltHypothesis.LESS_ABS && threshold == 0) {
                throw new InputFileException("--alt-hypothesis lessAbs: needs a positive --lfc-threshold (an absolute"
                        + " log2 fold change below 0 cannot be tested)");
            }
        }
        if (lrt && (threshold != 0 || alternative != AltHypothesis.GREATER_ABS)) {
            throw new InputFileException("--lfc-threshold/--alt-hypothesis: thresholded tests are Wald tests;"
                    + " DESeq2 does not combine them with --test LRT");
        }
        boolean shrink = false;
        if (values.containsKey("--lfc-shrink")) {
            String type = single(values, "--lfc-shrink");
            if (!type.equalsIgnoreCase("normal")) {
                throw new InputFileException("--lfc-shrink: expected 'normal', found '" + type
                        + "' (apeglm and ashr are not implemented)");
            }
            if (lrt) {
                throw new InputFileException("--lfc-shrink: not with --test LRT (DESeq2: test='LRT' does not support"
                        + " LFC shrinkage)");
            }
            if (contrast == null) {
                throw new InputFileException("--lfc-shrink normal: needs --contrast FACTOR,NUMERATOR,DENOMINATOR");
            }
            shrink = true;
        }
        DeseqOptions defaults = DeseqOptions.defaults();
        double alpha = defaults.alpha();
        if (values.containsKey("--alpha")) {
            alpha = parseDouble("--alpha", single(values, "--alpha"));
            if (!(alpha > 0 && alpha < 1)) {
                throw new InputFileException("--alpha: expected a number between 0 and 1 (exclusive), found '"
                        + single(values, "--alpha") + "'");
            }
        }
        int threads = defaults.threads();
        if (values.containsKey("--threads")) {
            String t = single(values, "--threads");
            try {
                threads = Integer.parseInt(t.strip());
            } catch (NumberFormatException e) {
                threads = 0;
            }
            if (threads < 1 || threads > 1024) {
                throw new InputFileException("--threads: expected a whole number from 1 to 1024, found '" + t + "'");
            }
        }
        String attach = values.containsKey("--attach") ? single(values, "--attach") : null;
        if (attach != null && attach.isBlank()) {
            throw new InputFileException("--attach: expected a contrast name, found an empty value");
        }
        return new DeArguments(Path.of(single(values, "--counts")), Path.of(single(values, "--samples")),
                design.text(), contrast, coefficient, factors, references, reduced, threshold, alternative,
                values.containsKey("--round"), Path.of(single(values, "--out")),
                values.containsKey("--details") ? Path.of(single(values, "--details")) : null,
                shrink, alpha, threads, attach == null ? null : attach.strip());
    }

    private static String single(Map<String, List<String>> values, String option) {
        return values.get(option).get(0);
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
        CountTable counts = CountTableReader.read(a.counts(), a.round());
        progress(err, "read counts (" + counts.geneIds().size() + " genes x " + counts.sampleIds().size()
                + " samples" + (a.round() ? ", rounded to integers" : "") + ")", t0);
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
