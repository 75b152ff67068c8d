package org.gluegraph.mechanism;

import java.util.List;
import java.util.Map;

/** Nodes and edges ready to draw; {@code cytoscape} is the same as Cytoscape.js elements JSON. */
public record GraphView(List<ViewNode> nodes, List<ViewEdge> edges, Map<String, Object> cytoscape) {

    public record ViewNode(String id, String label, String kind, Double log2FoldChange, Double padj) {
    }

    /** pmids and dois: every publication of the edge's evidence is in one list or both (a DOI-only one in dois). */
    public record ViewEdge(String id, String source, String target, String relation, int sign, int evidenceCount,
                           List<String> pmids, List<String> dois) {
    }

    public record Input(String drug, String pathway, List<String> genes, Integer maxHops, String contrast,
                        Boolean includeUnreviewed) {
    }
}
