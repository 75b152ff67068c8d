package org.gluegraph.drug;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Connection;
import org.gluegraph.shared.Identifiers;
import org.gluegraph.shared.NotFoundException;
import org.gluegraph.shared.Page;
import org.springframework.stereotype.Service;

/** Drugs by name, synonym, ChEMBL or DrugBank id (case-insensitive). */
@Service
public class DrugService {

    private final Graph graph;

    public DrugService(Graph graph) {
        this.graph = graph;
    }

    /** The drug a term names, or null. */
    public Drug resolve(String term, String field) {
        Identifiers.require(term, field);
        Map<String, Drug> found = new LinkedHashMap<>();
        graph.readList("query/resolve-drug-keys", Map.of("keys", List.of(Identifiers.lookupKey(term))),
                        r -> Drug.from(r.get("drug").asMap()))
                .forEach(d -> found.putIfAbsent(d.id(), d));
        if (found.size() > 1) {
            throw new BadInputException(field + ": '" + term + "' names several drugs: " + String.join(", ", found.keySet()));
        }
        return found.isEmpty() ? null : found.values().iterator().next();
    }

    public Drug require(String term, String field) {
        Drug d = resolve(term, field);
        if (d == null) {
            throw new NotFoundException(field + ": no drug is known as '" + term
                    + "' (tried names, synonyms, ChEMBL and DrugBank ids)");
        }
        return d;
    }

    public Connection<Drug> list(Page page) {
        return graph.read(tx -> {
            var rec = tx.run(graph.cypher("query/drugs-page"), Map.of("offset", page.offset(), "limit", page.limit())).single();
            return Connection.of(page, rec.get("total").asLong(), rec.get("items").asList(v -> v.asMap()), Drug::from);
        });
    }
}
