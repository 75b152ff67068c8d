package org.gluegraph.seed;

import java.util.List;
import java.util.Set;

import org.gluegraph.graph.GraphVersion;
import org.neo4j.driver.TransactionContext;

/**
 * One logical seed write (genes, drugs, curated claims, a pathway collection). {@link #parse} reads and
 * validates everything before {@link Parsed#write} touches the graph, so a bad row leaves nothing behind.
 */
public interface SeedStep {

    /** Stable name, recorded with the files' digest so that an unchanged step is skipped. */
    String name();

    /** Paths below {@code seed-data/}. */
    List<String> files();

    /**
     * What the step changes beyond data: genes (in-memory identifier indexes are rebuilt) or gene sets (enrichment
     * snapshots are read again). Advanced in the graph's version in the step's own transaction.
     */
    default Set<GraphVersion.Facet> changes() {
        return Set.of();
    }

    /** Every file the step reads, for the digest; a step whose index file names others lists them too. */
    default List<String> files(SeedSource source) {
        return files();
    }

    Parsed parse(SeedSource source);

    interface Parsed {
        /** Number of rows read, for the log and the record of what was loaded. */
        int rows();

        void write(TransactionContext tx, Progress progress);
    }

    interface Progress {
        void report(String what, long done, long total);
    }
}
