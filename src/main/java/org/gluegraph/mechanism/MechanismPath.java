package org.gluegraph.mechanism;

import org.gluegraph.curation.Relation;

import java.util.List;

import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.knowledge.Interaction;

/**
 * A signed path from a drug. {@code relations} are its curated edges (all of its edges unless imported sources were
 * asked for); {@code edges} are all of its edges in order, curated or imported, each saying which (edges[i] joins
 * nodes[i] and nodes[i+1]).
 */
public record MechanismPath(List<Object> nodes, List<Relation> relations, int predictedSign,
                            ExpressionResult observed, Boolean consistent, List<Interaction> edges) {
}
