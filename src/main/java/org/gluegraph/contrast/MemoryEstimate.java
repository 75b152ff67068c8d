package org.gluegraph.contrast;

import org.gluegraph.shared.BadInputException;

/**
 * The heap a differential-expression run needs, from the dataset's shape alone (known since the upload, so nothing
 * is read to ask): {@link #BYTES_PER_CELL} for each gene x sample cell (the counts as read, the fitted means and
 * weights of every gene kept through the run, and the text of the table while it is read) and
 * {@link #BYTES_PER_GENE} for each gene's results. Measured as the smallest -Xmx with which the engine completes
 * (bench/de/memory.sh; one thread, serial GC): 2 million cells (5,000 x 400) need 80-100 MB, 4 million
 * (10,000 x 400) 150-175 MB, about 37 bytes a cell over some 25 MB; 64 errs on the high side, for the service's
 * parallel collector and the second thread.
 */
record MemoryEstimate(long genes, long samples) {

    static final long BYTES_PER_CELL = 64;
    static final long BYTES_PER_GENE = 4_096;
    /** What the rest of the service keeps in the heap while a run goes on (caches, requests, the gene index). */
    static final double SHARE_OF_FREE_HEAP = 0.8;

    long bytes() {
        return genes * samples * BYTES_PER_CELL + genes * BYTES_PER_GENE;
    }

    /**
     * Refuses a run that would not fit, in words a person can act on.
     *
     * @param freeHeap what the heap can still give (its maximum minus what is in use)
     * @param maxHeap the heap's maximum (-Xmx)
     */
    void check(long freeHeap, long maxHeap) {
        long need = bytes();
        if (need > freeHeap * SHARE_OF_FREE_HEAP) {
            throw new BadInputException("dataset: a run on " + genes + " genes x " + samples + " samples needs about "
                    + mb(need) + " of memory, and this server has " + mb(freeHeap) + " free of its " + mb(maxHeap)
                    + " heap; run it with the command line on a machine with more memory (java -Xmx"
                    + Math.max(1, (need * 2 / (1L << 30)) + 1) + "g -jar gluegraph.jar de ... --attach NAME), start the "
                    + "service with a larger -Xmx, or filter the counts to fewer genes or samples");
        }
    }

    private static String mb(long bytes) {
        return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : (bytes >> 20) + " MB";
    }
}
