package org.gluegraph.graph;

import java.util.List;

import org.gluegraph.expression.ExpressionResult;

public record MechanismPath(List<Object> nodes, List<Relation> relations, int predictedSign,
                            ExpressionResult observed, Boolean consistent) {
}
