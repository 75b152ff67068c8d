package org.gluegraph.expression.internal;

/**
 * The options of DESeq() and results() that users change. Defaults are DESeq2 1.38's.
 *
 * @param alpha                   FDR target of independent filtering
 * @param cooksCutoff             whether genes with an outlier (Cook's distance above the 99% F quantile) lose their p-value
 * @param minReplicatesForReplace cells with at least this many samples get outliers replaced and refitted
 * @param lfcShrinkNormal         report lfcShrink(type = "normal") fold changes instead of the MLE
 * @param threads                 worker threads for the per-gene steps
 */
public record DeseqOptions(double alpha, boolean cooksCutoff, boolean independentFiltering,
        int minReplicatesForReplace, boolean lfcShrinkNormal, int threads) {

    public DeseqOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new DeseqInputException("alpha must lie between 0 and 1, got " + alpha);
        }
        if (minReplicatesForReplace < 3) {
            throw new DeseqInputException("minReplicatesForReplace must be at least 3, got " + minReplicatesForReplace);
        }
        if (threads < 1) {
            throw new DeseqInputException("threads must be at least 1, got " + threads);
        }
    }

    public static DeseqOptions defaults() {
        return new DeseqOptions(0.1, true, true, 7, false, Runtime.getRuntime().availableProcessors());
    }
}
