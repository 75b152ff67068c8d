package org.gluegraph.mechanism;

import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.curation.Relation;
import org.gluegraph.gene.Gene;

/** A gene whose level goes with resistance; with a contrast, whether the data move it that way. */
public record ResistanceFinding(Gene gene, String direction, Relation relation, ExpressionResult observed,
                                ExpressionCheck expressionCheck) {

    public Boolean supported() {
        return expressionCheck == null ? null : expressionCheck.agrees();
    }
}
