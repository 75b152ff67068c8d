package org.gluegraph.gene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphVersion;
import org.gluegraph.seed.SeedSource;
import org.gluegraph.seed.SeedStep;
import org.gluegraph.seed.TsvFile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** HGNC approved genes with every identifier a researcher may type, as look-up keys. */
@Component
@Order(10)
public class GeneSeed implements SeedStep {

    @Override
    public Set<GraphVersion.Facet> changes() {
        return Set.of(GraphVersion.Facet.GENES);
    }

    static final String FILE = "genes/hgnc_complete_set.txt.gz";
    private static final int BATCH = 5000;

    private final Graph graph;

    public GeneSeed(Graph graph) {
        this.graph = graph;
    }

    @Override
    public String name() {
        return "genes";
    }

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public Parsed parse(SeedSource source) {
        TsvFile file = file(source);
        List<Map<String, Object>> rows = new ArrayList<>(file.rows().size());
        for (TsvFile.Row r : file.rows()) {
            rows.add(geneRow(r));
        }
        return new Parsed() {
            @Override
            public int rows() {
                return rows.size();
            }

            @Override
            public void write(org.neo4j.driver.TransactionContext tx, Progress progress) {
                boolean empty = tx.run(graph.cypher("query/gene-count")).single().get("n").asLong() == 0;
                if (empty) {
                    // First start: CREATE is several times faster than MERGE, and nothing can clash.
                    batches(tx, "load/genes-create", rows, "genes", progress);
                    batches(tx, "load/gene-keys-create", keyRows(rows), "look-up keys", progress);
                } else {
                    batches(tx, "load/genes", rows, "genes", progress);
                }
            }
        };
    }

    /** The HGNC file with the columns the seed (and {@link GeneIndex#fromSeed}) read. */
    static TsvFile file(SeedSource source) {
        return source.tsv(FILE, "hgnc_id", "symbol", "name", "locus_type", "alias_symbol", "prev_symbol",
                "entrez_id", "ensembl_gene_id");
    }

    private void batches(org.neo4j.driver.TransactionContext tx, String query, List<Map<String, Object>> rows,
                         String what, Progress progress) {
        String cypher = graph.cypher(query);
        for (int i = 0; i < rows.size(); i += BATCH) {
            tx.run(cypher, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)))).consume();
            progress.report(what, Math.min(rows.size(), i + BATCH), rows.size());
        }
    }

    /** One row per distinct key with every gene it names: keys shared by several genes (aliases) are one node. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> keyRows(List<Map<String, Object>> genes) {
        Map<String, List<Map<String, Object>>> targets = new LinkedHashMap<>();
        for (Map<String, Object> g : genes) {
            for (Map<String, Object> k : (List<Map<String, Object>>) g.get("keys")) {
                targets.computeIfAbsent((String) k.get("key"), x -> new ArrayList<>())
                        .add(Map.of("hgncId", g.get("hgncId"), "kind", k.get("kind")));
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(targets.size());
        targets.forEach((key, t) -> out.add(Map.of("key", key, "targets", t)));
        return out;
    }

    static Map<String, Object> geneRow(TsvFile.Row r) {
        String hgncId = r.matching("hgnc_id", "HGNC:\\d+", "an HGNC id like HGNC:13176", false);
        String symbol = r.required("symbol");
        String entrez = r.matching("entrez_id", "\\d+", "a numeric Entrez Gene id", true);
        String ensembl = r.matching("ensembl_gene_id", "ENSG\\d{11}", "an Ensembl gene id like ENSG00000185811", true);
        List<String> aliases = r.list("alias_symbol");
        List<String> previous = r.list("prev_symbol");

        // Symbols and ids are indexed on the gene itself; previous symbols and aliases, which several genes
        // may share, become key nodes. A previous symbol wins over an alias of the same gene.
        Map<String, String> keys = new LinkedHashMap<>();
        previous.forEach(p -> keys.putIfAbsent(lower(p), "previous"));
        aliases.forEach(a -> keys.putIfAbsent(lower(a), "alias"));
        keys.remove(lower(symbol));
        List<Map<String, Object>> keyRows = new ArrayList<>(keys.size());
        keys.forEach((k, kind) -> keyRows.add(Map.of("key", k, "kind", kind)));

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("hgncId", hgncId);
        row.put("symbol", symbol);
        row.put("symbolKey", lower(symbol));
        row.put("name", r.get("name"));
        row.put("locusType", r.get("locus_type"));
        row.put("entrezId", entrez);
        row.put("ensemblId", ensembl);
        row.put("aliases", aliases);
        row.put("previousSymbols", previous);
        row.put("keys", keyRows);
        return row;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
