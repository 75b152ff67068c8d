package org.gluegraph.enrichment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.enrichment.internal.EnrichmentInputException;
import org.gluegraph.enrichment.internal.GeneSetSnapshot;
import org.gluegraph.enrichment.internal.OverRepresentation;
import org.gluegraph.enrichment.internal.PreRankedGsea;
import org.gluegraph.pathway.Gmt;

/**
 * {@code enrich}: pathway enrichment from files, without a server or a database. Genes are matched to the GMT
 * members by exact name (as R's %in% does), so the identifiers must be of the GMT's kind (symbols for MSigDB).
 */
public final class EnrichCommand {

    static final String USAGE = """
            Usage: enrich --genes FILE --gmt FILE [--gmt FILE ...] --out FILE [options]
                   enrich --method gsea --ranked FILE --gmt FILE [--gmt FILE ...] --out FILE [options]
              --genes FILE        query genes, one per line (ORA)
              --universe FILE     background genes, one per line (ORA; default: every gene of the GMT files)
              --gmt FILE          gene sets in GMT format (id, description, genes; tab-separated); repeatable
              --method ora|gsea   over-representation (default) or preranked GSEA
              --ranked FILE       GSEA: gene and score per line, tab-separated (a header line is allowed)
              --min-size N        smallest set tested, counted within the universe (default 5)
              --max-size N        largest set tested (default 500)
              --permutations N    GSEA permutations, 100 to 1000000 (default 10000)
              --seed N            GSEA random seed (default 42)
              --threads N         GSEA worker threads (default: all processors)
              --out FILE          results TSV, sorted by p-value
            Output columns: id name setSize overlap expected foldEnrichment pValue padj genes
            (and enrichmentScore nes for GSEA; genes are the leading edge there). NA where not applicable.
            """;

    private static final Set<String> SINGLE = Set.of("--genes", "--universe", "--method", "--ranked", "--min-size",
            "--max-size", "--permutations", "--seed", "--threads", "--out");

    private EnrichCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
        }
        try {
            run(args, err);
            return 0;
        } catch (org.gluegraph.shared.BadInputException e) {
            err.println("enrich: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("enrich: " + e.getMessage());
            return 2;
        }
    }

    static void run(String[] args, PrintStream err) throws IOException {
        Map<String, String> opt = new LinkedHashMap<>();
        List<Path> gmts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            } else if (i + 1 < args.length) {
                value = args[++i];
            }
            if (!a.equals("--gmt") && !SINGLE.contains(a)) {
                throw new EnrichmentInputException("unknown option " + a + " (see --help)");
            }
            if (value == null || value.isBlank()) {
                throw new EnrichmentInputException(a + ": expected a value");
            }
            if (a.equals("--gmt")) {
                gmts.add(Path.of(value));
            } else if (opt.put(a, value) != null) {
                throw new EnrichmentInputException(a + ": given twice");
            }
        }
        String method = opt.getOrDefault("--method", "ora").toLowerCase();
        if (!method.equals("ora") && !method.equals("gsea")) {
            throw new EnrichmentInputException("--method: expected ora or gsea, found '" + method + "'");
        }
        if (gmts.isEmpty()) {
            throw new EnrichmentInputException("--gmt: at least one gene-set file is required");
        }
        if (!opt.containsKey("--out")) {
            throw new EnrichmentInputException("--out: required");
        }
        int minSize = integer(opt, "--min-size", 5);
        int maxSize = integer(opt, "--max-size", 500);

        GeneSetSnapshot.Builder builder = GeneSetSnapshot.builder();
        Set<String> seenIds = new java.util.HashSet<>();
        for (Path gmt : gmts) {
            String collection = gmt.getFileName().toString();
            builder.collection(collection, "file");
            for (Gmt.GeneSetLine e : Gmt.read(gmt)) {
                if (!seenIds.add(e.id())) {
                    throw new EnrichmentInputException(gmt + ": gene set '" + e.id() + "' is also in another --gmt file");
                }
                builder.set(e.id(), e.name(), collection, e.members());
            }
        }
        List<String> lines = new ArrayList<>();
        if (method.equals("ora")) {
            List<String> genes = geneList(opt.get("--genes"), "--genes");
            List<String> universeList = opt.containsKey("--universe") ? geneList(opt.get("--universe"), "--universe")
                    : null;
            // number the universe genes too, so that a universe gene in no set still counts in N
            if (universeList != null) {
                universeList.forEach(builder::gene);
            }
            GeneSetSnapshot snap = builder.build();
            BitSet universe = new BitSet();
            if (universeList != null) {
                universeList.forEach(g -> universe.set(snap.indexOf(g)));
            } else {
                universe.or(GeneSetSnapshot.membersOf(snap.sets()));
            }
            BitSet query = new BitSet();
            List<String> outside = new ArrayList<>();
            for (String g : genes) {
                int i = snap.indexOf(g);
                if (i >= 0 && universe.get(i)) {
                    query.set(i);
                } else {
                    outside.add(g);
                }
            }
            if (universeList != null && universe.cardinality() < new LinkedHashSet<>(genes).size()) {
                throw new EnrichmentInputException("--universe: " + universe.cardinality()
                        + " genes, fewer than the " + new LinkedHashSet<>(genes).size() + " query genes");
            }
            if (!outside.isEmpty()) {
                err.println("enrich: " + outside.size() + " query gene(s) not in the universe, not used: "
                        + outside.subList(0, Math.min(10, outside.size())) + (outside.size() > 10 ? " ..." : ""));
            }
            OverRepresentation.Outcome o = OverRepresentation.run(snap.sets(), query, universe, minSize, maxSize);
            err.printf("enrich: ORA of %d genes in a universe of %d, %d sets tested%n", o.querySize(),
                    o.universeSize(), o.setsTested());
            lines.add("id\tname\tsetSize\toverlap\texpected\tfoldEnrichment\tpValue\tpadj\tgenes");
            for (OverRepresentation.Result r : o.results()) {
                lines.add(String.join("\t", r.set().id(), r.set().name(), Integer.toString(r.setSize()),
                        Integer.toString(r.overlap()), num(r.expected()), num(r.foldEnrichment()), num(r.pValue()),
                        num(r.padj()), names(snap, r.overlapGenes())));
            }
        } else {
            if (!opt.containsKey("--ranked")) {
                throw new EnrichmentInputException("--ranked: required for --method gsea");
            }
            Ranked ranked = ranked(Path.of(opt.get("--ranked")), builder);
            GeneSetSnapshot snap = builder.build();
            int permutations = integer(opt, "--permutations", 10_000);
            long seed = integer(opt, "--seed", 42);
            int threads = integer(opt, "--threads", Runtime.getRuntime().availableProcessors());
            PreRankedGsea.Outcome o = PreRankedGsea.run(snap.sets(), ranked.genes(), ranked.scores(), minSize,
                    maxSize, permutations, seed, threads);
            err.printf("enrich: GSEA of %d ranked genes, %d sets tested, %d permutations, seed %d%n",
                    o.rankedGenes(), o.setsTested(), permutations, seed);
            lines.add("id\tname\tsetSize\toverlap\texpected\tfoldEnrichment\tpValue\tpadj\tgenes\tenrichmentScore\tnes");
            for (PreRankedGsea.Result r : o.results()) {
                lines.add(String.join("\t", r.set().id(), r.set().name(), Integer.toString(r.setSize()),
                        Integer.toString(r.leadingEdge().length), "NA", "NA", num(r.pValue()), num(r.padj()),
                        names(snap, r.leadingEdge()), num(r.enrichmentScore()), num(r.nes())));
            }
        }
        Path outFile = Path.of(opt.get("--out"));
        try (BufferedWriter w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    record Ranked(int[] genes, double[] scores) {
    }

    /** gene TAB score per line, highest first after sorting; a first line whose score is not a number is a header. */
    static Ranked ranked(Path file, GeneSetSnapshot.Builder builder) throws IOException {
        List<String> lines = readLines(file, "--ranked");
        List<String> genes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new EnrichmentInputException(file + " line " + (i + 1) + ": expected gene<TAB>score");
            }
            double score;
            try {
                score = Double.parseDouble(f[1].strip());
            } catch (NumberFormatException e) {
                if (genes.isEmpty() && i == 0) {
                    continue; // header
                }
                throw new EnrichmentInputException(file + " line " + (i + 1) + ", column 2: expected a number, found '"
                        + f[1] + "'");
            }
            if (!Double.isFinite(score)) {
                throw new EnrichmentInputException(file + " line " + (i + 1) + ", column 2: score must be finite");
            }
            String g = f[0].strip();
            if (!seen.add(g)) {
                throw new EnrichmentInputException(file + " line " + (i + 1) + ", column 1: gene '" + g + "' ranked twice");
            }
            genes.add(g);
            scores.add(score);
        }
        if (genes.size() < 2) {
            throw new EnrichmentInputException(file + ": at least two ranked genes are needed");
        }
        Integer[] order = new Integer[genes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(scores.get(b), scores.get(a));
            return c != 0 ? c : genes.get(a).compareTo(genes.get(b));
        });
        int[] idx = new int[order.length];
        double[] sc = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            idx[i] = builder.gene(genes.get(order[i]));
            sc[i] = scores.get(order[i]);
        }
        return new Ranked(idx, sc);
    }

    static List<String> geneList(String file, String option) throws IOException {
        if (file == null) {
            throw new EnrichmentInputException(option + ": required (one gene per line)");
        }
        List<String> genes = new ArrayList<>();
        for (String l : readLines(Path.of(file), option)) {
            String g = l.strip();
            if (!g.isEmpty() && !g.startsWith("#")) {
                genes.add(g);
            }
        }
        if (genes.isEmpty()) {
            throw new EnrichmentInputException(file + ": no genes (expected one identifier per line)");
        }
        return genes;
    }

    private static List<String> readLines(Path file, String option) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EnrichmentInputException(option + ": file not found: " + file);
        }
    }

    private static int integer(Map<String, String> opt, String name, int dflt) {
        String v = opt.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new EnrichmentInputException(name + ": expected an integer, found '" + v + "'");
        }
    }

    private static String names(GeneSetSnapshot snap, int[] genes) {
        StringBuilder b = new StringBuilder();
        for (int g : genes) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(snap.genes().get(g));
        }
        return b.toString();
    }

    static String num(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
