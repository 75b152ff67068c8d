package org.gluegraph.mechanism;

import java.util.List;

import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.curation.Relation;

/**
 * A signed path from a drug; with a contrast, the last node's observed result and the check of the prediction at
 * the level of the path's last claim ({@code consistent} is the deprecated boolean form of that check).
 */
public record MechanismPath(List<Object> nodes, List<Relation> relations, int predictedSign,
                            ExpressionResult observed, ExpressionCheck expressionCheck) {

    public Boolean consistent() {
        return expressionCheck == null ? null : expressionCheck.agrees();
    }
}
