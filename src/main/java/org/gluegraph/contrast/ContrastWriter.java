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

import org.gluegraph.expression.AttachRequest;
import org.gluegraph.gene.GeneResolution;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.shared.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Stores a result as a {@code Contrast} with {@code MEASURED_IN} relations from the genes. Input gene ids map
 * through HGNC (Ensembl with or without version, Entrez, symbols, aliases); unmapped and ambiguous ids are
 * counted and kept on the contrast. A contrast with the same name is replaced in the same transaction.
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

    public Attached attach(AttachRequest req) {
        Prepared p = prepare(req);
        graph.load(tx -> {
            write(tx, p);
            return null;
        });
        log.info("Contrast {} stored: {} genes mapped, {} ids unmapped or ambiguous, {} duplicates",
                req.name(), p.summary().mapped(), p.summary().unmapped() + p.summary().ambiguous(),
                p.summary().duplicates());
        return p.summary();
    }

    /** Replaces a contrast of the same name, inside the caller's transaction. */
    public void write(org.neo4j.driver.TransactionContext tx, Prepared p) {
        tx.run(graph.cypher("write/contrast-delete"), Map.of("name", p.request().name())).consume();
        tx.run(graph.cypher("write/contrast-create"), Map.of("props", p.props())).consume();
        for (int i = 0; i < p.rows().size(); i += BATCH) {
            tx.run(graph.cypher("write/contrast-results"), Map.of("id", p.props().get("id"),
                    "rows", p.rows().subList(i, Math.min(p.rows().size(), i + BATCH)))).consume();
        }
    }

    public Prepared prepare(AttachRequest req) {
        if (req.name() == null || !req.name().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
            throw new BadInputException("name: expected 1-100 letters, digits, '.', '_' or '-', got '" + req.name() + "'");
        }
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

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
