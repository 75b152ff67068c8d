package org.gluegraph.enrichment.internal;

/** One gene set: members as sorted, distinct indices into its snapshot's gene list. */
public record GeneSet(String id, String name, String collection, int[] members) {
}
