package org.gluegraph.curation;

import java.util.Map;

import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;

/**
 * A curated claim as an edge: source and target are {@link Gene} or {@link Drug}; {@code level} is the claim's, or
 * for a claim stored before levels existed the predicate's default.
 */
public record Relation(String claimId, String predicate, int sign, Object source, Object target, String context,
                       ClaimStatus status, EffectLevel level) {

    public static Relation from(Map<String, Object> claim, Map<String, Object> source, Map<String, Object> target) {
        String predicate = (String) claim.get("predicate");
        return new Relation((String) claim.get("id"), predicate,
                ((Number) claim.get("sign")).intValue(), Nodes.node(source), Nodes.node(target),
                (String) claim.get("context"), ClaimStatus.stored(claim.get("status")), level(claim.get("level"), predicate));
    }

    /** The stored level, or the predicate's default for a claim that has none. */
    static EffectLevel level(Object stored, String predicate) {
        EffectLevel l = stored == null ? null : ClaimRules.level(stored.toString());
        return l != null ? l : ClaimRules.defaultLevel(ClaimRules.predicate(predicate));
    }

    /** Whether RNA-seq can test what this claim predicts for its object. */
    public boolean transcriptLevel() {
        return level == EffectLevel.TRANSCRIPT;
    }
}
