package org.gluegraph.knowledge;

import java.util.Map;

/**
 * One edge seen from a node: a curated claim's edge (source CURATED, {@code curated} true, the claim id among the
 * properties) or an imported one (source HETIONET, DRUGCENTRAL, ...: never a claim). {@code partner} is the node at
 * the other end (a Gene, Drug, Disease or Entity); {@code outgoing} whether the edge points from this node to it.
 */
public record Interaction(String predicate, Integer sign, String source, String sourceVersion, String licence,
                          Object partner, Map<String, Object> properties, boolean curated, boolean outgoing) {
}
