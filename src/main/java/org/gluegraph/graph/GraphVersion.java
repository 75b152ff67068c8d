package org.gluegraph.graph;

/**
 * The version the database holds ({@code (:GraphVersion)} stripes, summed): {@code data} advances with every write
 * transaction of every process, {@code genes} when genes or their identifiers change, {@code geneSets} when the
 * pathway collections change, {@code reviewOnly} with the writes that change only the review queue (see
 * {@link Facet#REVIEW_QUEUE}). Caches compare it, so a write by any process empties every replica's caches that
 * the write can concern.
 */
public record GraphVersion(long data, long genes, long geneSets, long reviewOnly) {

    public static final GraphVersion NONE = new GraphVersion(-1, -1, -1, 0);

    /**
     * The version of what is read without unreviewed claims: every write but those of the review queue. Counted as
     * {@code data - reviewOnly}, so a write that names no facet (any process, an edit by hand that advances
     * {@code data}) advances it too: only a writer that declares {@link Facet#REVIEW_QUEUE} leaves it alone.
     */
    public long published() {
        return data - reviewOnly;
    }

    /** What a write changes beyond the data every write changes. */
    public enum Facet {
        GENES, GENE_SETS,
        /**
         * The write changes only unreviewed curation state (a submitted claim, evidence or a revision of one that is
         * not accepted, a rejection of either): the accepted graph, and so every answer read without
         * {@code includeUnreviewed}, is as it was.
         */
        REVIEW_QUEUE
    }
}
