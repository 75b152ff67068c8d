package org.gluegraph.drug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.graph.Graph;
import org.gluegraph.seed.SeedSource;
import org.gluegraph.seed.SeedStep;
import org.gluegraph.seed.TsvFile;
import org.gluegraph.shared.Identifiers;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Drugs with their names, synonyms and ChEMBL/DrugBank ids as case-insensitive look-up keys. */
@Component
@Order(20)
public class DrugSeed implements SeedStep {

    static final String FILE = "drugs/drugs.tsv";

    private final Graph graph;

    public DrugSeed(Graph graph) {
        this.graph = graph;
    }

    @Override
    public String name() {
        return "drugs";
    }

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public Parsed parse(SeedSource source) {
        TsvFile file = source.tsv(FILE).require("id", "name", "synonyms", "chembl_id", "drugbank_id");
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (TsvFile.Row r : file.rows()) {
            String id = r.matching("id", "[a-z0-9][a-z0-9._-]*", "a lower-case drug id like 'lenalidomide'", false);
            if (!ids.add(id)) {
                throw r.error("id", "duplicate drug id '" + id + "'");
            }
            rows.add(drugRow(r, id));
        }
        return new Parsed() {
            @Override
            public int rows() {
                return rows.size();
            }

            @Override
            public void write(org.neo4j.driver.TransactionContext tx, Progress progress) {
                tx.run(graph.cypher("load/drugs"), Map.of("rows", rows)).consume();
                progress.report("drugs", rows.size(), rows.size());
            }
        };
    }

    static Map<String, Object> drugRow(TsvFile.Row r, String id) {
        String name = r.required("name");
        List<String> synonyms = r.list("synonyms");
        String chembl = r.matching("chembl_id", "CHEMBL\\d+", "a ChEMBL id like CHEMBL848", true);
        String drugbank = r.matching("drugbank_id", "DB\\d{5}", "a DrugBank id like DB00480", true);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Identifiers.lookupKey(id));
        keys.add(Identifiers.lookupKey(name));
        synonyms.forEach(s -> keys.add(Identifiers.lookupKey(s)));
        if (chembl != null) {
            keys.add(Identifiers.lookupKey(chembl));
        }
        if (drugbank != null) {
            keys.add(Identifiers.lookupKey(drugbank));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("synonyms", synonyms);
        row.put("chemblId", chembl);
        row.put("drugbankId", drugbank);
        row.put("keys", List.copyOf(keys));
        return row;
    }
}
