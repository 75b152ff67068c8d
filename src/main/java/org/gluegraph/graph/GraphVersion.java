package org.gluegraph.graph;

/**
 * The version the database holds ({@code (:GraphVersion {id: 'graph'})}): {@code data} advances with every write
 * transaction of every process, {@code genes} when genes or their identifiers change, {@code geneSets} when the
 * pathway collections change. Caches compare it, so a write by any process empties every replica's caches.
 */
public record GraphVersion(long data, long genes, long geneSets) {

    public static final GraphVersion NONE = new GraphVersion(-1, -1, -1);

    /** What a write changes beyond the data every write changes. */
    public enum Facet { GENES, GENE_SETS }
}
