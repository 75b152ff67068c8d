package org.gluegraph.curation;

import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;

import java.util.Map;

/** A curated claim as an edge: source and target are {@link Gene} or {@link Drug}. */
public record Relation(String claimId, String predicate, int sign, Object source, Object target, String context,
                       String status) {

    public static Relation from(Map<String, Object> claim, Map<String, Object> source, Map<String, Object> target) {
        return new Relation((String) claim.get("id"), (String) claim.get("predicate"),
                ((Number) claim.get("sign")).intValue(), Nodes.node(source), Nodes.node(target),
                (String) claim.get("context"), (String) claim.get("status"));
    }
}
