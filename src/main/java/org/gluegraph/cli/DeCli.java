package org.gluegraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.gluegraph.contrast.ContrastWriter;
import org.gluegraph.expression.AttachRequest;
import org.gluegraph.expression.DeAnalysis;
import org.gluegraph.expression.DeArguments;
import org.gluegraph.expression.DeCommand;
import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.TestSpec;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.gene.GeneIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code de}: the DESeq2 engine on files. The options are read here (picocli) into {@link DeArguments}, the record
 * the engine ({@link DeCommand}, plain Java) receives; {@code --attach} stores the result in the graph through a
 * {@link GraphProcess}. {@link #main} is the Spring-free entry point the benchmarks start (bench/de).
 */
@Command(name = "de", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 110,
        description = {"Differential expression by the DESeq2 method (Love, Huber, Anders 2014), DESeq() then"
                + " results(). Genes in input order, NA written as NA."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad input or arguments (message on stderr)", "1:internal error"})
public final class DeCli implements Callable<Integer>, GlueGraphCli.SpringArgs {

    @Spec
    CommandSpec spec;

    @Option(names = "--counts", required = true, paramLabel = "FILE", description = "count matrix: TSV/CSV"
            + " (optionally .gz), gene id then one integer column per sample; or featureCounts output")
    Path counts;

    @Option(names = "--samples", required = true, paramLabel = "FILE", description = "sample sheet: TSV/CSV, sample"
            + " id then one column per variable. A column whose values are all numbers is a numeric covariate (as R"
            + " reads it): one coefficient, the log2 fold change per unit. Other columns are factors, levels sorted as"
            + " R sorts them, the first being the reference.")
    Path samples;

    @Option(names = "--design", required = true, paramLabel = "FORMULA", converter = Converters.Formula.class,
            description = "formula of sample-sheet columns with R's operators: \"~ cell + dex\", \"~ genotype *"
                    + " condition\" (= genotype + condition + genotype:condition), \"~ batch + age\"; the intercept"
                    + " is always fitted")
    DesignFormula design;

    @Option(names = "--contrast", paramLabel = "FACTOR,NUMERATOR,DENOMINATOR", converter = Converters.Contrast.class,
            description = "log2 fold change of level NUMERATOR over level DENOMINATOR of factor FACTOR, e.g."
                    + " dex,trt,untrt")
    ContrastSpec contrast;

    @Option(names = "--name", paramLabel = "COEFFICIENT", converter = Converters.NonBlank.class,
            description = "report one coefficient by DESeq2's resultsNames, e.g. condition_trt_vs_untrt,"
                    + " genotypeB.conditiontrt, age (the run prints the names). Without --contrast and --name: the"
                    + " last coefficient, as DESeq2's results() does")
    String name;

    @Option(names = "--factor", paramLabel = "COLUMN", converter = Converters.NonBlank.class,
            description = "fit a column of numbers as a factor (R: factor(x)); repeatable")
    List<String> factors = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "FACTOR=LEVEL", description = "make LEVEL the reference level of"
            + " FACTOR (R: relevel); repeatable")
    List<String> references = new ArrayList<>();

    @Option(names = "--test", paramLabel = "Wald|LRT",
            description = "Wald (default) or LRT: the likelihood ratio test of --design against --reduced (DESeq2's"
                    + " nbinomLRT); its p-value tests all coefficients the reduced design drops, the log2 fold change"
                    + " column is still the MLE of the reported coefficient")
    Test test = Test.Wald;

    @Option(names = "--reduced", paramLabel = "FORMULA", converter = Converters.Formula.class,
            description = "reduced design for --test LRT, e.g. \"~ 1\" or \"~ batch\"")
    DesignFormula reduced;

    @Option(names = "--lfc-threshold", paramLabel = "X", converter = Converters.LfcThreshold.class,
            description = "test |log2 fold change| against X >= 0 instead of 0 (Wald test only; default: ${DEFAULT-VALUE})")
    double lfcThreshold = 0;

    @Option(names = "--alt-hypothesis", paramLabel = "H", converter = Converters.Alternative.class,
            description = "greaterAbs (default): |LFC| > X; lessAbs: |LFC| < X (needs X > 0); greater: LFC > X;"
                    + " less: LFC < -X")
    AltHypothesis altHypothesis = AltHypothesis.GREATER_ABS;

    @Option(names = "--alpha", paramLabel = "A", converter = Converters.Alpha.class,
            description = "FDR target of independent filtering (default: ${DEFAULT-VALUE})")
    double alpha = DeseqOptions.defaults().alpha();

    @Option(names = "--round", description = "round non-integer counts (Salmon/kallisto estimates) to the nearest"
            + " integer, halves to even, as R's round() in DESeqDataSetFromTximport; no transcript-length offsets are"
            + " used (as with tximport's countsFromAbundance scaled counts)")
    boolean round;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "results TSV (gene_id baseMean"
            + " log2FoldChange lfcSE stat pvalue padj), .gz allowed")
    Path out;

    @Option(names = "--details", paramLabel = "DIR", description = "also write sizeFactors.tsv, dispersions.tsv and"
            + " run.tsv into DIR")
    Path details;

    @Option(names = "--lfc-shrink", paramLabel = "normal", description = "shrink log2 fold changes with the normal"
            + " prior (DESeq2 betaPrior=TRUE style); factor contrasts in designs of factors without interactions only")
    String lfcShrink;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
            description = "worker threads (default: ${DEFAULT-VALUE}, the processors)")
    int threads = DeseqOptions.defaults().threads();

    @Option(names = "--attach", paramLabel = "NAME", converter = Converters.NonBlank.class,
            description = "store the result as contrast NAME on the gene nodes of the graph, with the options above"
                    + " and the samples' PCA (vst blind, plotPCA's 500 genes); embedded, or"
                    + " --gluegraph.neo4j.uri=bolt://HOST:PORT")
    String attach;

    /** The tests DESeq2 offers. */
    enum Test { Wald, LRT }

    private List<String> springArgs = List.of();
    private final PrintStream stdout;
    private final PrintStream stderr;

    DeCli() {
        this(System.out, System.err);
    }

    private DeCli(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.stderr = err;
    }

    @Override
    public void springArgs(List<String> args) {
        this.springArgs = args;
    }

    /** The Spring-free entry point (a run without --attach starts no database): what bench/de starts. */
    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Parses, runs and reports as {@code java -jar gluegraph.jar de ...} does; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return GlueGraphCli.standalone(new DeCli(out, err), out, err).execute(args);
    }

    /** The arguments as the engine receives them, or a {@link ParameterException} naming the option. */
    public static DeArguments parse(String... args) {
        DeCli cli = new DeCli();
        GlueGraphCli.standalone(cli, System.out, System.err).parseArgs(args);
        return cli.arguments();
    }

    @Override
    public Integer call() {
        DeArguments arguments = arguments();
        return DeCommand.execute(arguments, stdout, stderr, this::attach, GeneIndex::shippedSymbols);
    }

    /**
     * The checks that concern several options at once (each value was checked by its converter): those of the
     * analysis are {@link DeAnalysis}'s, the one home the GraphQL input shares, spelt here with the flags' names;
     * those of the command line alone (--reference's syntax, --lfc-shrink) are here.
     */
    DeArguments arguments() {
        Map<String, String> levels = new LinkedHashMap<>();
        for (String r : references) {
            int k = r.indexOf('=');
            if (k <= 0 || k == r.length() - 1 || r.substring(0, k).isBlank() || r.substring(k + 1).isBlank()) {
                throw bad("--reference: expected FACTOR=LEVEL (e.g. condition=untrt), found '" + r + "'");
            }
            String f = r.substring(0, k).strip();
            if (levels.put(f, r.substring(k + 1).strip()) != null) {
                throw bad("--reference: factor '" + f + "' given more than once");
            }
        }
        boolean lrt = test == Test.LRT;
        try {
            new DeAnalysis(design.text(), contrast, name, new LinkedHashSet<>(factors), levels,
                    lrt ? TestSpec.Kind.LRT : TestSpec.Kind.WALD, reduced == null ? null : reduced.text(),
                    lfcThreshold, altHypothesis, alpha);
        } catch (DeAnalysis.OptionException e) {
            throw bad(flag(e.option()) + ": " + e.problem());
        }
        if (lfcShrink != null) {
            if (!lfcShrink.equalsIgnoreCase("normal")) {
                throw bad("--lfc-shrink: expected 'normal', found '" + lfcShrink + "' (apeglm and ashr are not"
                        + " implemented)");
            }
            if (lrt) {
                throw bad("--lfc-shrink: not with --test LRT (DESeq2: test='LRT' does not support LFC shrinkage)");
            }
            if (contrast == null) {
                throw bad("--lfc-shrink normal: needs --contrast FACTOR,NUMERATOR,DENOMINATOR");
            }
        }
        return new DeArguments(counts, samples, design.text(), contrast, name, new LinkedHashSet<>(factors), levels,
                reduced == null ? null : reduced.text(), lfcThreshold, altHypothesis, round, out, details,
                lfcShrink != null, alpha, threads, attach);
    }

    private static String flag(DeAnalysis.Option option) {
        return switch (option) {
            case DESIGN -> "--design";
            case CONTRAST -> "--contrast";
            case COEFFICIENT -> "--name";
            case FACTORS -> "--factor";
            case REFERENCES -> "--reference";
            case TEST -> "--test";
            case REDUCED -> "--reduced";
            case LFC_THRESHOLD -> "--lfc-threshold";
            case ALT_HYPOTHESIS -> "--alt-hypothesis";
            case ALPHA -> "--alpha";
        };
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
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
