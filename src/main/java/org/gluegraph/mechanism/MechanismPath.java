package org.gluegraph.mechanism;

import org.gluegraph.curation.Relation;

import java.util.List;

import org.gluegraph.contrast.ExpressionResult;

public record MechanismPath(List<Object> nodes, List<Relation> relations, int predictedSign,
                            ExpressionResult observed, Boolean consistent) {
}
