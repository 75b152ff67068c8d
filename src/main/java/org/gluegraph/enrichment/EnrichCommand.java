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
import java.util.Map;
import java.util.Set;

import org.gluegraph.enrichment.internal.EnrichmentInputException;
import org.gluegraph.enrichment.internal.GeneSetSnapshot;
import org.gluegraph.enrichment.internal.OverRepresentation;
import org.gluegraph.enrichment.internal.PreRankedGsea;
import org.gluegraph.gene.GeneIndex;
import org.gluegraph.gene.GeneResolution;
import org.gluegraph.pathway.Gmt;
import org.gluegraph.shared.DelimitedText;

/**
 * {@code enrich}: pathway enrichment from files, without a server or a database. Input identifiers (symbols,
 * previous symbols, aliases, HGNC, Entrez, Ensembl ids) become HGNC symbols by the API's rule ({@link GeneIndex}, from
 * the HGNC file in the jar), then meet the GMT members by exact name (as R's %in% does): GMT files of symbols.
 */
public final class EnrichCommand {

    /**
     * Parsed arguments of the enrich command (read by the command line, {@code org.gluegraph.cli.EnrichCli}).
     *
     * @param genes    ORA: query genes, one per line (null for GSEA)
     * @param universe ORA: background genes, or null for every gene of the GMT files
     * @param ranked   GSEA: gene and score per line, or a {@code de} results table (ranked by stat); null for ORA
     * @param de       a {@code de} results table (or the service's results TSV, ids in hgncId): ORA of its genes with padj below {@code padj} in {@code direction}
     *                 (universe: its genes with a padj), or GSEA by its stat column; as the API does for a contrast
     */
    public record Arguments(Path genes, Path universe, List<Path> gmts, boolean gsea, Path ranked, Path de,
                            double padj, Direction direction, int minSize, int maxSize, int permutations, long seed,
                            int threads, Path out) {
        public Arguments {
            gmts = List.copyOf(gmts);
        }
    }

    /** Which significant genes of a de table form the query, by the sign of log2FoldChange (the API's UP/DOWN/ANY). */
    public enum Direction { up, down, any }

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
        // identifiers become HGNC symbols by the API's rule (GeneIndex) before they meet the GMT members
        GeneIndex hgnc = GeneIndex.shipped();
        List<String> lines = new ArrayList<>();
        if (!a.gsea()) {
            List<String> genes;
            List<String> universeList = a.universe() != null
                    ? symbols(hgnc, geneList(a.universe(), "--universe"), "--universe", err) : null;
            if (a.de() != null) {
                DeTable t = deTable(a.de());
                List<String> symbols = hgnc.symbols(t.ids());
                report(hgnc.resolveAll(t.ids()), "--de", err);
                genes = new ArrayList<>();
                List<String> tested = new ArrayList<>();
                for (int i = 0; i < t.ids().size(); i++) {
                    if (symbols.get(i).isEmpty() || Double.isNaN(t.padj()[i])) {
                        continue;
                    }
                    tested.add(symbols.get(i));
                    double lfc = t.log2FoldChange()[i];
                    if (t.padj()[i] < a.padj() && (a.direction() == Direction.any
                            || a.direction() == Direction.up && lfc > 0 || a.direction() == Direction.down && lfc < 0)) {
                        genes.add(symbols.get(i));
                    }
                }
                if (genes.isEmpty()) {
                    throw new EnrichmentInputException("--de: no gene of " + a.de() + " has padj < " + a.padj()
                            + " in direction " + a.direction() + " (and an HGNC symbol)");
                }
                if (universeList == null) {
                    universeList = List.copyOf(new LinkedHashSet<>(tested)); // the tested genes, as the API's contrast
                }
            } else {
                genes = symbols(hgnc, geneList(a.genes(), "--genes"), "--genes", err);
            }
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
            if (a.ranked() == null && a.de() == null) {
                throw new EnrichmentInputException("--ranked: required for --method gsea (or --de)");
            }
            Ranked ranked = a.de() != null ? deRanked(a.de(), "--de", hgnc, builder, err)
                    : ranked(a.ranked(), hgnc, builder, err);
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

    /**
     * gene TAB score per line, highest first after sorting; a first line whose score is not a number is a header. A
     * {@code de} results table (a header with gene_id and stat) is ranked by its stat column, as {@link #deRanked}.
     */
    static Ranked ranked(Path file, GeneIndex hgnc, GeneSetSnapshot.Builder builder, PrintStream err)
            throws IOException {
        List<String> lines = readLines(file, "--ranked");
        List<String> first = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
        if (first.contains("stat") && (first.contains("gene_id") || first.contains("hgncId"))) {
            return deRanked(file, "--ranked", hgnc, builder, err);
        }
        List<String> genes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
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
            genes.add(f[0].strip());
            scores.add(score);
            lineOf.add(i + 1);
        }
        return rank(file, genes, scores, lineOf, hgnc, builder, err, "--ranked");
    }

    /** A de table ranked by its Wald statistic (genes whose stat is NA are left out), as the API ranks a contrast. */
    static Ranked deRanked(Path file, String option, GeneIndex hgnc, GeneSetSnapshot.Builder builder, PrintStream err)
            throws IOException {
        DeTable t = deTable(file);
        List<String> genes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < t.ids().size(); i++) {
            if (!Double.isNaN(t.stat()[i])) {
                genes.add(t.ids().get(i));
                scores.add(t.stat()[i]);
                lineOf.add(t.lines()[i]);
            }
        }
        return rank(file, genes, scores, lineOf, hgnc, builder, err, option);
    }

    private static Ranked rank(Path file, List<String> ids, List<Double> idScores, List<Integer> lineOf,
                               GeneIndex hgnc, GeneSetSnapshot.Builder builder, PrintStream err, String option) {
        GeneResolution r = hgnc.resolveAll(ids);
        report(r, option, err);
        Map<String, String> symbolOf = new java.util.HashMap<>();
        r.matches().forEach(m -> symbolOf.put(m.term(), m.gene().symbol()));
        List<String> genes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        Map<String, String> firstTerm = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String g = symbolOf.get(ids.get(i));
            if (g == null) {
                continue;
            }
            String before = firstTerm.putIfAbsent(g, ids.get(i));
            if (before != null) {
                throw new EnrichmentInputException(file + " line " + lineOf.get(i) + ", column 1: gene '" + ids.get(i)
                        + "' ranked twice (" + (before.equals(ids.get(i)) ? "" : "'" + before + "' is also ") + g + ")");
            }
            genes.add(g);
            scores.add(idScores.get(i));
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

    /** The columns of a {@code de} results table that enrichment reads, by name; NA is NaN. */
    record DeTable(List<String> ids, double[] log2FoldChange, double[] stat, double[] padj, int[] lines) {
    }

    static DeTable deTable(Path file) {
        DelimitedText text = DelimitedText.open(file, (name, line, column, problem, cause) ->
                new EnrichmentInputException("--de: " + DelimitedText.Errors.where(file.toString(), line, column) + ": "
                        + problem));
        if (!text.nextLine()) {
            throw new EnrichmentInputException(file + ": empty; expected de's results table (gene_id ... padj)");
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < text.fieldCount(); c++) {
            header.add(text.field(c));
        }
        String[] names = {"gene_id", "log2FoldChange", "stat", "padj"};
        int[] col = new int[names.length];
        for (int c = 0; c < names.length; c++) {
            col[c] = header.indexOf(names[c]);
            if (c == 0 && col[c] < 0) {
                col[c] = header.indexOf("hgncId"); // the service's results TSV (GET /api/contrasts/{id}/results)
            }
            if (col[c] < 0) {
                throw new EnrichmentInputException(file + " line " + text.lineNumber() + ": no column '" + names[c]
                        + "'; expected the results table that de writes (gene_id symbol baseMean log2FoldChange lfcSE"
                        + " stat pvalue padj)");
            }
        }
        List<String> ids = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        while (text.nextLine()) {
            if (text.fieldCount() != header.size()) {
                throw new EnrichmentInputException(file + " line " + text.lineNumber() + ": expected " + header.size()
                        + " fields as in the header, found " + text.fieldCount());
            }
            double[] v = new double[3];
            for (int c = 1; c < names.length; c++) {
                String value = text.field(col[c]);
                try {
                    v[c - 1] = value.equals("NA") ? Double.NaN : Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new EnrichmentInputException(file + " line " + text.lineNumber() + ", column " + (col[c] + 1)
                            + " (" + names[c] + "): expected a number or NA, found '" + value + "'");
                }
            }
            ids.add(text.field(col[0]));
            values.add(v);
            lineOf.add(text.lineNumber());
        }
        int n = ids.size();
        double[] lfc = new double[n];
        double[] stat = new double[n];
        double[] padj = new double[n];
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            lfc[i] = values.get(i)[0];
            stat[i] = values.get(i)[1];
            padj[i] = values.get(i)[2];
            at[i] = lineOf.get(i);
        }
        return new DeTable(ids, lfc, stat, padj, at);
    }

    /** Identifiers as HGNC symbols (input order, once each); the unmapped and ambiguous are reported, not used. */
    static List<String> symbols(GeneIndex hgnc, List<String> ids, String option, PrintStream err) {
        GeneResolution r = hgnc.resolveAll(ids);
        report(r, option, err);
        return List.copyOf(new LinkedHashSet<>(r.matches().stream().map(m -> m.gene().symbol()).toList()));
    }

    private static void report(GeneResolution r, String option, PrintStream err) {
        if (!r.unmatched().isEmpty()) {
            err.println("enrich: " + option + ": " + r.unmatched().size() + " id(s) name no HGNC gene, not used: "
                    + first(r.unmatched()));
        }
        if (!r.ambiguous().isEmpty()) {
            err.println("enrich: " + option + ": " + r.ambiguous().size() + " id(s) name several HGNC genes, not used: "
                    + first(r.ambiguous().stream().map(x -> x.term() + " (" + String.join(", ",
                    x.candidates().stream().map(g -> g.symbol()).toList()) + ")").toList()));
        }
    }

    private static String first(List<String> items) {
        return items.subList(0, Math.min(10, items.size())) + (items.size() > 10 ? " ..." : "");
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
