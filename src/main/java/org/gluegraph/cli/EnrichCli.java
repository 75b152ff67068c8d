package org.gluegraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gluegraph.enrichment.EnrichCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code enrich}: ORA or preranked GSEA from files, without a server or a database. */
@Command(name = "enrich", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 110,
        description = {"Pathway enrichment from files, no server or database needed: over-representation (ORA) of a"
                + " gene list, or preranked GSEA. Identifiers (approved or previous symbols, aliases, HGNC, Entrez or"
                + " Ensembl ids) become HGNC symbols as the API maps them, then meet the GMT members by exact name (as"
                + " R's %%in%% does): use GMT files of symbols (MSigDB's .symbols.gmt). Unmapped and ambiguous ids are"
                + " reported and not used.",
                "Output columns: id name setSize overlap expected foldEnrichment pValue padj genes (and"
                        + " enrichmentScore nes for GSEA; genes are the leading edge there), sorted by p-value; NA"
                        + " where not applicable."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad input or arguments (message on stderr)"})
public final class EnrichCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--genes", paramLabel = "FILE", description = "query genes, one per line (ORA)")
    Path genes;

    @Option(names = "--de", paramLabel = "FILE", description = "a results table written by de: ORA of its genes with"
            + " padj < --padj in --direction, in a universe of its genes with a padj (as the API does for a contrast);"
            + " with --method gsea, its genes ranked by the stat column")
    Path de;

    @Option(names = "--padj", paramLabel = "P", converter = Converters.Padj.class,
            description = "--de: the adjusted p-value below which a gene is significant (default: ${DEFAULT-VALUE})")
    double padj = 0.05;

    @Option(names = "--direction", paramLabel = "up|down|any", description = "--de: significant genes with"
            + " log2FoldChange > 0 (up), < 0 (down) or either (default: ${DEFAULT-VALUE})")
    EnrichCommand.Direction direction = EnrichCommand.Direction.any;

    @Option(names = "--universe", paramLabel = "FILE", description = "background genes, one per line (ORA; default:"
            + " every gene of the GMT files)")
    Path universe;

    @Option(names = "--gmt", required = true, paramLabel = "FILE", description = "gene sets in GMT format (id,"
            + " description, genes; tab-separated); repeatable")
    List<Path> gmts = new ArrayList<>();

    @Option(names = "--method", paramLabel = "ora|gsea",
            description = "over-representation or preranked GSEA (default: ${DEFAULT-VALUE})")
    Method method = Method.ora;

    @Option(names = "--ranked", paramLabel = "FILE", description = "GSEA: gene and score per line, tab-separated (a"
            + " header line is allowed), or a results table written by de (ranked by its stat column)")
    Path ranked;

    @Option(names = "--min-size", paramLabel = "N", description = "smallest set tested, counted within the universe"
            + " (default: ${DEFAULT-VALUE})")
    int minSize = 5;

    @Option(names = "--max-size", paramLabel = "N", description = "largest set tested (default: ${DEFAULT-VALUE})")
    int maxSize = 500;

    @Option(names = "--permutations", paramLabel = "N", description = "GSEA permutations, 100 to 1000000 (default:"
            + " ${DEFAULT-VALUE})")
    int permutations = 10_000;

    @Option(names = "--seed", paramLabel = "N", converter = Converters.Whole.class,
            description = "GSEA random seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
            description = "GSEA worker threads (default: ${DEFAULT-VALUE}, the processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "results TSV, sorted by p-value")
    Path out;

    /** The two methods. */
    enum Method { ora, gsea }

    private final PrintStream stderr;

    EnrichCli() {
        this(System.err);
    }

    private EnrichCli(PrintStream err) {
        this.stderr = err;
    }

    /** Parses, runs and reports as {@code java -jar gluegraph.jar enrich ...} does; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return GlueGraphCli.standalone(new EnrichCli(err), out, err).execute(args);
    }

    @Override
    public Integer call() {
        return EnrichCommand.execute(arguments(), stderr);
    }

    EnrichCommand.Arguments arguments() {
        boolean gsea = method == Method.gsea;
        boolean deOptions = spec.commandLine().getParseResult() != null
                && (spec.commandLine().getParseResult().hasMatchedOption("--padj")
                || spec.commandLine().getParseResult().hasMatchedOption("--direction"));
        if (de != null && (genes != null || ranked != null)) {
            throw bad("--de: give the de table or --genes/--ranked, not both");
        }
        if (deOptions && (de == null || gsea)) {
            throw bad("--padj/--direction: choose the significant genes of a --de table for ORA");
        }
        if (gsea && ranked == null && de == null) {
            throw bad("--ranked: required for --method gsea (or --de, ranked by its stat column)");
        }
        if (gsea && (genes != null || universe != null)) {
            throw bad("--genes/--universe: ORA options; --method gsea reads --ranked or --de");
        }
        if (!gsea && ranked != null) {
            throw bad("--ranked: used by --method gsea; ORA reads --genes or --de");
        }
        if (!gsea && genes == null && de == null) {
            throw bad("--genes or --de: required (the query genes), or --method gsea with --ranked");
        }
        return new EnrichCommand.Arguments(genes, universe, gmts, gsea, ranked, de, padj, direction, minSize, maxSize,
                permutations, seed, threads, out);
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
