package org.gluegraph.mechanism;

import java.util.List;
import java.util.Map;

/** Nodes and edges ready to draw; {@code cytoscape} is the same as Cytoscape.js elements JSON. */
public record GraphView(List<ViewNode> nodes, List<ViewEdge> edges, Map<String, Object> cytoscape) {

    public record ViewNode(String id, String label, String kind, Double log2FoldChange, Double padj) {
    }

    /**
     * pmids and dois: every publication of the edge's evidence is in one list or both (a DOI-only one in dois).
     * {@code curated}: a curated claim's edge (id = claim id); else an imported edge of source {@code origin}.
     */
    public record ViewEdge(String id, String source, String target, String relation, int sign, int evidenceCount,
                           List<String> pmids, List<String> dois, boolean curated, String origin) {
    }

    /** {@code sources}: CURATED (the default), HETIONET, DRUGCENTRAL, ... */
    public record Input(String drug, String pathway, List<String> genes, Integer maxHops, String contrast,
                        Boolean includeUnreviewed, List<String> sources) {
    }
}
