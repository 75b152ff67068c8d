package org.gluegraph.curation;

import java.util.Map;

import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;

/** The ends of a curated relation: a {@link Gene} or a {@link Drug}, read from a map that carries {@code kind}. */
public final class Nodes {

    private Nodes() {
    }

    public static Object node(Map<String, Object> m) {
        return "Drug".equals(m.get("kind")) ? Drug.from(m) : Gene.from(m);
    }

    /** The graph id of an end: a drug's id or a gene's HGNC id. */
    public static String id(Object node) {
        return node instanceof Drug d ? d.id() : ((Gene) node).hgncId();
    }
}
