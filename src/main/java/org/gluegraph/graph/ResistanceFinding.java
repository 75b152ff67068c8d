package org.gluegraph.graph;

import org.gluegraph.expression.ExpressionResult;

public record ResistanceFinding(Gene gene, String direction, Relation relation, ExpressionResult observed,
                                Boolean supported) {
}
