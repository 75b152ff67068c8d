package org.gluegraph.mechanism;

import org.gluegraph.curation.Relation;
import org.gluegraph.gene.Gene;

import org.gluegraph.contrast.ExpressionResult;

public record ResistanceFinding(Gene gene, String direction, Relation relation, ExpressionResult observed,
                                Boolean supported) {
}
