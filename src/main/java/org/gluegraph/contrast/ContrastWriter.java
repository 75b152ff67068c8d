package org.gluegraph.contrast;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gluegraph.expression.AttachRequest;
import org.gluegraph.expression.DeAnalysis;
import org.gluegraph.expression.SamplePca;
import org.gluegraph.gene.GeneResolution;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.security.AccessDeniedException;
import org.gluegraph.shared.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Stores a result as a {@code Contrast} with {@code MEASURED_IN} relations from the genes. Input gene ids map
 * through HGNC (Ensembl with or without version, Entrez, symbols, aliases); unmapped and ambiguous ids are
 * counted and kept on the contrast. A contrast with the same name is replaced in the same transaction, if its author
 * may ({@link #authorise}); each creation and replacement is a ContrastEvent, kept by the contrast's name.
 */
@Service
public class ContrastWriter {

    private static final Logger log = LoggerFactory.getLogger(ContrastWriter.class);
    private static final int BATCH = 5000;

    private final Graph graph;
    private final GeneResolver resolver;

    public ContrastWriter(Graph graph, GeneResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    public record Attached(Contrast contrast, int mapped, int unmapped, int ambiguous, int duplicates) {
    }

    /** A contrast ready to write: validated, genes mapped. */
    public record Prepared(AttachRequest request, Map<String, Object> props, List<Map<String, Object>> rows,
                           Attached summary) {
    }

    /**
     * Who writes a contrast: an API caller (an EDITOR may replace anyone's), the command line (the operator, with
     * the data directory in hand) or the seed (the only writer of seeded contrasts).
     */
    public record Author(String name, boolean editor, Source source) {

        public enum Source { API, COMMAND_LINE, SEED }

        public static final Author SEED = new Author("seed", false, Source.SEED);

        public static Author commandLine() {
            return new Author("command line (" + System.getProperty("user.name", "?") + ")", true, Source.COMMAND_LINE);
        }
    }

    /** Attaches a result from the command line ({@code de --attach}). */
    public Attached attach(AttachRequest req) {
        return attach(req, Author.commandLine());
    }

    public Attached attach(AttachRequest req, Author author) {
        Prepared p = prepare(req);
        // said before the transaction opens, so that a crash test (bench/crash) can kill the process inside it
        log.info("Contrast {}: writing {} genes' results in one transaction", req.name(), p.summary().mapped());
        long t0 = System.nanoTime();
        Contrast written = graph.load(tx -> write(tx, p, author));
        log.info("Contrast {} stored by {} in {} ms: {} genes mapped, {} ids unmapped or ambiguous, {} duplicates",
                req.name(), author.name(), (System.nanoTime() - t0) / 1_000_000, p.summary().mapped(),
                p.summary().unmapped() + p.summary().ambiguous(), p.summary().duplicates());
        Attached s = p.summary();
        return new Attached(written, s.mapped(), s.unmapped(), s.ambiguous(), s.duplicates());
    }

    /**
     * Creates the contrast, or replaces the one of the same name when the author may ({@link #authorise}), inside
     * the caller's transaction; either way writes a ContrastEvent. Returns the contrast as written.
     */
    public Contrast write(org.neo4j.driver.TransactionContext tx, Prepared p, Author author) {
        String name = p.request().name();
        String at = Instant.now().toString();
        List<Map<String, Object>> found = tx.run(graph.cypher("contrast/contrast-lock"), Map.of("name", name, "at", at))
                .list(r -> r.get("contrast").asMap());
        Map<String, Object> existing = found.isEmpty() ? null : found.get(0);
        authorise(name, existing, author);
        Map<String, Object> props = new LinkedHashMap<>(p.props());
        boolean editorReplacing = existing != null && existing.get("owner") != null
                && !author.name().equals(existing.get("owner")) && author.source() == Author.Source.API;
        // an editor who replaces someone's contrast acts for its owner, who keeps it; the event names the editor
        props.put("owner", editorReplacing ? existing.get("owner") : author.name());
        props.put("seeded", author.source() == Author.Source.SEED);
        tx.run(graph.cypher("write/contrast-delete"), Map.of("name", name)).consume();
        tx.run(graph.cypher("write/contrast-create"), Map.of("props", props)).consume();
        for (int i = 0; i < p.rows().size(); i += BATCH) {
            tx.run(graph.cypher("write/contrast-results"), Map.of("id", props.get("id"),
                    "rows", p.rows().subList(i, Math.min(p.rows().size(), i + BATCH)))).consume();
        }
        Map<String, Object> event = new HashMap<>();
        event.put("id", "cev-" + UUID.randomUUID());
        event.put("contrastName", name);
        event.put("action", existing == null ? "CREATE" : "REPLACE");
        event.put("actor", author.name());
        event.put("source", author.source().name());
        event.put("at", at);
        event.put("contrastId", props.get("id"));
        event.put("previousContrastId", existing == null ? null : existing.get("id"));
        event.put("countsSha256", props.get("countsSha256"));
        event.put("design", props.get("design"));
        tx.run(graph.cypher("contrast/contrast-event-create"), Map.of("event", event)).consume();
        return Contrast.from(props);
    }

    /**
     * Refuses at once, before an analysis is computed, what {@link #write} would refuse (it checks again, with the
     * contrast locked).
     */
    public void checkMayWrite(String name, Author author) {
        List<Map<String, Object>> found = graph.readList("contrast/contrast-owner", Map.of("name", name),
                r -> r.get("contrast").asMap());
        authorise(name, found.isEmpty() ? null : found.get(0), author);
    }

    /**
     * The one rule for writing a contrast: a new name is anyone's; the seed's contrasts only the seed (and the
     * command line) replaces; otherwise the owner or an editor. Contrasts from before owners were kept have none:
     * only an editor replaces them.
     */
    static void authorise(String name, Map<String, Object> existing, Author author) {
        if (existing == null || author.source() != Author.Source.API) {
            return;
        }
        if (Boolean.TRUE.equals(existing.get("seeded"))) {
            throw new AccessDeniedException(true, "name: contrast '" + name + "' comes with the seed data and is "
                    + "protected (it changes only when seed-data/expression does); choose another name");
        }
        Object owner = existing.get("owner");
        if (!author.name().equals(owner) && !author.editor()) {
            throw new AccessDeniedException(true, "name: contrast '" + name + "' belongs to "
                    + (owner == null ? "nobody on record" : "'" + owner + "'") + "; only " + (owner == null ? ""
                    : "its owner or ") + "an EDITOR may replace it; choose another name");
        }
    }

    /** The one rule for contrast names (checked before an analysis starts, and again when it is written). */
    public static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
            throw new BadInputException("name: expected 1-100 letters, digits, '.', '_' or '-', got '"
                    + BadInputException.printable(name) + "'");
        }
        return name;
    }

    public Prepared prepare(AttachRequest req) {
        checkName(req.name());
        GeneResolution resolution = resolver.resolve(req.rows().stream().map(AttachRequest.Row::geneId).distinct().toList());
        Map<String, String> hgnc = new HashMap<>();
        resolution.matches().forEach(m -> hgnc.put(m.term(), m.gene().hgncId()));
        List<String> unmapped = new ArrayList<>(resolution.unmatched());
        resolution.ambiguous().forEach(a -> unmapped.add(a.term()));

        // two input ids naming one gene: the first (in input order) is kept, the others counted
        Map<String, Map<String, Object>> byGene = new LinkedHashMap<>();
        int duplicates = 0;
        for (AttachRequest.Row r : req.rows()) {
            String id = hgnc.get(r.geneId());
            if (id == null) {
                continue;
            }
            if (byGene.containsKey(id)) {
                duplicates++;
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            values.put("baseMean", r.baseMean());
            values.put("log2FoldChange", r.log2FoldChange());
            values.put("lfcSE", r.lfcSE());
            values.put("stat", r.stat());
            values.put("pvalue", r.pvalue());
            values.put("padj", r.padj());
            values.put("inputId", r.geneId());
            byGene.put(id, Map.of("hgncId", id, "values", values));
        }
        if (byGene.isEmpty()) {
            throw new BadInputException("counts: none of the " + req.rows().size() + " gene ids maps to an HGNC gene "
                    + "(expected Ensembl, Entrez, HGNC ids or symbols); first unmapped: " + unmapped.stream().limit(5).toList());
        }
        String createdAt = Instant.now().toString();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", "contrast-" + digest(req.name() + "|" + createdAt));
        props.put("name", req.name());
        props.put("design", req.design());
        props.put("factor", req.factor());
        props.put("numerator", req.numerator());
        props.put("denominator", req.denominator());
        props.put("method", req.method());
        putAnalysis(props, req);
        props.put("engineVersion", req.engineVersion());
        props.put("countsSha256", req.countsSha256());
        props.put("createdAt", createdAt);
        props.put("testedGenes", (int) byGene.values().stream()
                .filter(m -> ((Map<?, ?>) m.get("values")).get("pvalue") != null).count());
        props.put("mappedGenes", byGene.size());
        props.put("unmappedCount", unmapped.size());
        props.put("unmappedSample", unmapped.stream().limit(100).toList());
        props.put("duplicateCount", duplicates);
        List<Map<String, Object>> rows = List.copyOf(byGene.values());
        return new Prepared(req, props, rows, new Attached(Contrast.from(props), byGene.size(),
                resolution.unmatched().size(), resolution.ambiguous().size(), duplicates));
    }

    /**
     * What was run (test, reduced design, reported coefficient, threshold, alpha, the design variables as fitted,
     * DESeq2's column descriptions) and the samples' PCA, as properties of the Contrast node (lists for the
     * variables and the PCA's samples: a Neo4j property holds no list of maps).
     */
    private static void putAnalysis(Map<String, Object> props, AttachRequest req) {
        DeAnalysis a = req.analysis();
        props.put("test", a.test().name());
        props.put("reducedDesign", a.reduced());
        String coefficient = a.coefficient() != null ? a.coefficient()
                : a.contrast() == null && !req.resultsNames().isEmpty()
                        ? req.resultsNames().get(req.resultsNames().size() - 1) : null;
        props.put("coefficient", coefficient);
        props.put("lfcThreshold", a.lfcThreshold());
        props.put("altHypothesis", a.altHypothesis().name());
        props.put("alpha", a.alpha());
        props.put("variableNames", req.variables().stream().map(AttachRequest.Variable::name).toList());
        props.put("variableKinds", req.variables().stream().map(v -> v.numeric() ? "NUMERIC" : "FACTOR").toList());
        // a numeric covariate has no reference level; "" stands for none in the list
        props.put("variableReferences", req.variables().stream()
                .map(v -> v.reference() == null ? "" : v.reference()).toList());
        props.put("resultsNames", req.resultsNames());
        props.put("lfcDescription", req.lfcDescription());
        props.put("testDescription", req.testDescription());
        SamplePca pca = req.pca();
        if (pca != null) {
            props.put("pcaGroupedBy", pca.groupedBy());
            props.put("pcaSamples", pca.samples());
            if (pca.groups() != null) {
                props.put("pcaGroups", pca.groups());
            }
            props.put("pcaPc1", pca.pc1());
            props.put("pcaPc2", pca.pc2());
            props.put("pcaPercentVar", pca.percentVar());
            props.put("pcaGenes", pca.genes());
        }
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
