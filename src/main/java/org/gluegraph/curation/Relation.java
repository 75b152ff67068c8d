package org.gluegraph.curation;

import java.util.Map;

import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;

/**
 * A curated claim as an edge: source and target are {@link Gene} or {@link Drug}; {@code level} is the claim's
 * stated level, or its predicate's default ({@link RelationLevel#defaultFor}).
 */
public record Relation(String claimId, String predicate, int sign, Object source, Object target, String context,
                       String status, RelationLevel level) {

    public static Relation from(Map<String, Object> claim, Map<String, Object> source, Map<String, Object> target) {
        String predicate = (String) claim.get("predicate");
        Object s = Nodes.node(source);
        RelationLevel level = RelationLevel.parse((String) claim.get("level"));
        if (level == null) {
            Predicate p = Predicate.parse(predicate);
            level = p == null ? RelationLevel.PROTEIN : RelationLevel.defaultFor(p, s instanceof Drug ? "Drug" : "Gene");
        }
        return new Relation((String) claim.get("id"), predicate, ((Number) claim.get("sign")).intValue(), s,
                Nodes.node(target), (String) claim.get("context"), (String) claim.get("status"), level);
    }

    /** Whether RNA-seq can test what this claim predicts for its object. */
    public boolean transcriptLevel() {
        return level == RelationLevel.TRANSCRIPT;
    }
}
