package org.gluegraph.curation.seed;

import java.util.List;

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

    /** Whether this step rewrites genes or their identifiers (the resolver's in-memory index must be rebuilt). */
    default boolean changesGenes() {
        return false;
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
