package org.gluegraph.curation.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** HGNC approved genes with every identifier a researcher may type, as look-up keys. */
@Component
@Order(10)
public class GeneSeed implements SeedStep {

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
        TsvFile file = source.tsv(FILE).require("hgnc_id", "symbol", "name", "locus_type", "alias_symbol",
                "prev_symbol", "entrez_id", "ensembl_gene_id");
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
                String cypher = graph.cypher("load/genes");
                for (int i = 0; i < rows.size(); i += BATCH) {
                    tx.run(cypher, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)))).consume();
                    progress.report("genes", Math.min(rows.size(), i + BATCH), rows.size());
                }
            }
        };
    }

    static Map<String, Object> geneRow(TsvFile.Row r) {
        String hgncId = r.matching("hgnc_id", "HGNC:\\d+", "an HGNC id like HGNC:13176", false);
        String symbol = r.required("symbol");
        String entrez = r.matching("entrez_id", "\\d+", "a numeric Entrez Gene id", true);
        String ensembl = r.matching("ensembl_gene_id", "ENSG\\d{11}", "an Ensembl gene id like ENSG00000185811", true);
        List<String> aliases = r.list("alias_symbol");
        List<String> previous = r.list("prev_symbol");

        // key -> kind; the strongest kind wins when one gene carries the same string twice
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(lower(symbol), "symbol");
        keys.putIfAbsent(lower(hgncId), "hgnc");
        if (entrez != null) {
            keys.putIfAbsent(entrez, "entrez");
        }
        if (ensembl != null) {
            keys.putIfAbsent(lower(ensembl), "ensembl");
        }
        previous.forEach(p -> keys.putIfAbsent(lower(p), "previous"));
        aliases.forEach(a -> keys.putIfAbsent(lower(a), "alias"));
        List<Map<String, Object>> keyRows = new ArrayList<>(keys.size());
        keys.forEach((k, kind) -> keyRows.add(Map.of("key", k, "kind", kind)));

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("hgncId", hgncId);
        row.put("symbol", symbol);
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
