package org.gluegraph.mechanism;

import java.util.List;

import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.curation.Relation;
import org.gluegraph.knowledge.Interaction;

/**
 * A signed path from a drug. {@code relations} are its curated edges (all of its edges unless imported sources were
 * asked for); {@code edges} are all of its edges in order, curated or imported, each saying which (edges[i] joins
 * nodes[i] and nodes[i+1]). With a contrast, the last node's observed result and the check of the prediction at the
 * level of the path's last claim ({@code consistent} is the deprecated boolean form of that check).
 */
public record MechanismPath(List<Object> nodes, List<Relation> relations, int predictedSign,
                            ExpressionResult observed, ExpressionCheck expressionCheck, List<Interaction> edges) {

    public Boolean consistent() {
        return expressionCheck == null ? null : expressionCheck.agrees();
    }
}
