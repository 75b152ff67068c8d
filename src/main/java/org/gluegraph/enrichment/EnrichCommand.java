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
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * Parsed arguments of the enrich command (read by the command line, {@code org.gluegraph.cli.EnrichCli}).
     *
     * @param genes    ORA: query genes, one per line (null for GSEA)
     * @param universe ORA: background genes, or null for every gene of the GMT files
     * @param ranked   GSEA: gene and score per line (null for ORA)
     */
    public record Arguments(Path genes, Path universe, List<Path> gmts, boolean gsea, Path ranked, int minSize,
                            int maxSize, int permutations, long seed, int threads, Path out) {
        public Arguments {
            gmts = List.copyOf(gmts);
        }
    }

    private EnrichCommand() {
    }

    /** Runs and reports; returns the process exit code (0 done, 2 bad input). */
    public static int execute(Arguments a, PrintStream err) {
        try {
            run(a, err);
            return 0;
        } catch (org.gluegraph.shared.BadInputException e) {
            err.println("enrich: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("enrich: " + e.getMessage());
            return 2;
        }
    }

    static void run(Arguments a, PrintStream err) throws IOException {
        int minSize = a.minSize();
        int maxSize = a.maxSize();
        GeneSetSnapshot.Builder builder = GeneSetSnapshot.builder();
        Set<String> seenIds = new java.util.HashSet<>();
        for (Path gmt : a.gmts()) {
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
        if (!a.gsea()) {
            List<String> genes = geneList(a.genes(), "--genes");
            List<String> universeList = a.universe() != null ? geneList(a.universe(), "--universe") : null;
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
            if (a.ranked() == null) {
                throw new EnrichmentInputException("--ranked: required for --method gsea");
            }
            Ranked ranked = ranked(a.ranked(), builder);
            GeneSetSnapshot snap = builder.build();
            int permutations = a.permutations();
            long seed = a.seed();
            int threads = a.threads();
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
        Path outFile = a.out();
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

    static List<String> geneList(Path file, String option) throws IOException {
        if (file == null) {
            throw new EnrichmentInputException(option + ": required (one gene per line)");
        }
        List<String> genes = new ArrayList<>();
        for (String l : readLines(file, option)) {
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
