package org.gluegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gluegraph.knowledge.KnowledgeImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import hetionet --nodes N.tsv.gz --edges E.sif.gz} and {@code import drugcentral FILE.tsv.gz}: public
 * knowledge as imported edges with their source, release and licence (never curated claims), all or nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import public knowledge into the graph as its own tier: edges that carry their source, release"
                + " and licence, never curated claims. Each file is checked whole first; a bad row stops it (file, line,"
                + " field) and nothing of it is written. The same files again write nothing; a newer release replaces"
                + " the source's edges in one step (readers see the old edges until the new ones are all written).",
                "Into the embedded data directory (--gluegraph.data-dir=DIR) or an external Neo4j"
                        + " (--gluegraph.neo4j.uri=bolt://HOST:PORT)."},
        subcommands = {ImportCommand.Hetionet.class, ImportCommand.DrugCentral.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:imported, or already imported",
                "2:bad input, nothing written", "1:internal error"})
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options both imports take. */
    static class Common {
        @Option(names = "--release", paramLabel = "NAME", description = "the source's release (default: from the file"
                + " name, e.g. v1.0 of hetionet-v1.0-*, else sha256:<first 12 hex digits of the files' digest>)")
        String release;

        @Option(names = "--licence", paramLabel = "TEXT", description = "the release's licence, stored on every edge"
                + " (default: Hetionet 'CC0-1.0 (Hetionet compilation); its sources' licences apply, not given per edge"
                + " in the SIF', DrugCentral 'CC-BY-SA-4.0')")
        String licence;
    }

    @Command(name = "hetionet", mixinStandardHelpOptions = true,
            description = {"Hetionet's nodes (TSV: id name kind) and edges (SIF: source metaedge target), gzipped or"
                    + " not. Genes become the HGNC genes of their Entrez ids (those no HGNC gene has are kept as"
                    + " UnmappedGene nodes, counted and listed), compounds the drugs of their DrugBank ids (created"
                    + " when missing), every other kind an Entity with its own label (Disease, Anatomy, ...).",
                    "The last line says: imported <N> relationships in <S> s (the edges' transactions, from the first"
                            + " to the one that makes them visible, commits included)."})
    static final class Hetionet extends Common implements Callable<Integer>, GlueGraphCli.SpringArgs {

        @Option(names = "--nodes", required = true, paramLabel = "NODES.tsv.gz", description = "hetionet-v1.0-nodes.tsv.gz")
        Path nodes;

        @Option(names = "--edges", required = true, paramLabel = "EDGES.sif.gz", description = "hetionet-v1.0-edges.sif.gz")
        Path edges;

        @Option(names = "--strategy", paramLabel = "HOW", hidden = true,
                description = "embedded-api (the default with the embedded database: the edges through Neo4j's Java"
                        + " API in this process), unwind-create (the default with an external server: UNWIND ... CREATE"
                        + " batches over Bolt) or merge-batches (bench/import's comparison: each batch of 10,000 edges an"
                        + " UNWIND ... MERGE by keys in its own transaction)")
        String strategy;

        @Option(names = "--edges-per-transaction", paramLabel = "N", hidden = true, defaultValue = "0",
                description = "embedded-api: edges per write transaction (default "
                        + KnowledgeImporter.EMBEDDED_CHUNK_TEXT + ")")
        int edgesPerTransaction;

        @Option(names = "--threads", paramLabel = "N", hidden = true, defaultValue = "0",
                description = "embedded-api: transactions written side by side (default 1)")
        int threads;

        private List<String> springArgs = List.of();

        @Override
        public void springArgs(List<String> args) {
            this.springArgs = args;
        }

        @Override
        public Integer call() {
            KnowledgeImporter.Strategy how;
            try {
                how = strategy == null ? null
                        : KnowledgeImporter.Strategy.valueOf(strategy.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                System.err.println("import hetionet: --strategy: expected embedded-api, unwind-create or merge-batches,"
                        + " found '" + strategy + "'");
                return GlueGraphCli.BAD_INPUT;
            }
            if (edgesPerTransaction < 0 || threads < 0) {
                System.err.println("import hetionet: --edges-per-transaction and --threads: expected a positive number");
                return GlueGraphCli.BAD_INPUT;
            }
            if (missing("import hetionet", nodes, edges)) {
                return GlueGraphCli.BAD_INPUT;
            }
            return GraphCommands.inGraph("import hetionet", springArgs, graph -> report("import hetionet",
                    graph.getBean(KnowledgeImporter.class).importHetionet(nodes, edges,
                            new KnowledgeImporter.Options(release, licence, how, edgesPerTransaction, threads),
                            System.err::println)));
        }
    }

    @Command(name = "drugcentral", mixinStandardHelpOptions = true,
            description = {"DrugCentral's drug.target.interaction.tsv(.gz). Drugs are found by name (or created, id"
                    + " drugcentral:<STRUCT_ID>); a human target's gene symbols become HGNC genes (exact case; previous"
                    + " symbols and aliases when unique); other targets (other species, symbols HGNC does not know,"
                    + " substances) are Target entities. Each edge keeps the action type, mechanism-of-action flag,"
                    + " activity value, unit, type and the activity's own source.",
                    "The last line says: imported <N> relationships in <S> s (the edges' transactions, commits"
                            + " included)."})
    static final class DrugCentral extends Common implements Callable<Integer>, GlueGraphCli.SpringArgs {

        @Parameters(index = "0", paramLabel = "FILE.tsv.gz", description = "drug.target.interaction.tsv.gz")
        Path file;

        private List<String> springArgs = List.of();

        @Override
        public void springArgs(List<String> args) {
            this.springArgs = args;
        }

        @Override
        public Integer call() {
            if (missing("import drugcentral", file)) {
                return GlueGraphCli.BAD_INPUT;
            }
            return GraphCommands.inGraph("import drugcentral", springArgs, graph -> report("import drugcentral",
                    graph.getBean(KnowledgeImporter.class).importDrugCentral(file,
                            new KnowledgeImporter.Options(release, licence, null),
                            System.err::println)));
        }
    }

    /** The cheap check first: a missing file is said before any database starts. */
    private static boolean missing(String command, Path... files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println(command + ": " + f + ": file not found (nothing was written)");
                return true;
            }
        }
        return false;
    }

    private static void report(String command, KnowledgeImporter.Report r) {
        if (!r.written()) {
            System.err.printf("%s: these files (sha256 %s) were imported on %s as %s %s (%,d relationships): nothing"
                    + " written%n", command, abbreviate(r.sha256()), r.importedAt(), r.source(), r.release(), r.edges());
            return;
        }
        if (r.replacedEdges() > 0) {
            System.err.printf("%s: replaced %,d relationships of the earlier release%n", command, r.replacedEdges());
        }
        System.err.printf("%s: %s release %s (licence: %s), sha256 %s: %,d genes matched, %,d identifiers unmatched,"
                        + " %,d drugs matched, %,d drugs created%n", command, r.source(), r.release(), r.licence(),
                abbreviate(r.sha256()), r.genesMatched(), r.unmatched().size(), r.drugsMatched(), r.drugsCreated());
        System.err.printf("%s: %,.0f relationships/s; the whole write (nodes, edges, replacing the earlier release)"
                + " took %.2f s%n", command, r.edges() / Math.max(r.edgeSeconds(), 1e-9), r.writeSeconds());
        System.err.printf("imported %d relationships in %.2f s%n", r.edges(), r.edgeSeconds());
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
}
