package org.gluegraph.expression.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.gluegraph.expression.internal.GeneResult;

/**
 * Writes the DESeq2 results table: one line per gene, in the order given (the input order), NA for missing. The
 * {@code symbol} column beside the id is the gene's HGNC symbol (blank when the id names no human gene, or several),
 * so that the table feeds {@code enrich} and GMT files of symbols directly.
 */
public final class ResultWriter {

    public static final String HEADER = "gene_id\tsymbol\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj";

    private ResultWriter() {
    }

    private static final int BLOCK = 4096;

    private static String lines(List<GeneResult> results, List<String> symbols, int from, int to) {
        StringBuilder line = new StringBuilder(128 * (to - from));
        for (int i = from; i < to; i++) {
            GeneResult r = results.get(i);
            line.append(r.geneId()).append('\t').append(symbols == null ? "" : symbols.get(i))
                    .append('\t').append(Tsv.number(r.baseMean()))
                    .append('\t').append(Tsv.number(r.log2FoldChange()))
                    .append('\t').append(Tsv.number(r.lfcSE()))
                    .append('\t').append(Tsv.number(r.stat()))
                    .append('\t').append(Tsv.number(r.pvalue()))
                    .append('\t').append(Tsv.number(r.padj()))
                    .append('\n');
        }
        return line.toString();
    }

    /** @param symbols one per result, in the same order ("" when unknown), or null when none were looked up */
    public static void write(Path path, List<GeneResult> results, List<String> symbols) {
        if (symbols != null && symbols.size() != results.size()) {
            throw new IllegalArgumentException(symbols.size() + " symbols for " + results.size() + " genes");
        }
        // formatted in blocks on the common pool, written in order: Double.toString of 60,000 x 6 numbers was a
        // tenth of a short run's whole time on one thread
        int n = results.size();
        String[] blocks = java.util.stream.IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel()
                .mapToObj(b -> lines(results, symbols, b * BLOCK, Math.min(n, (b + 1) * BLOCK)))
                .toArray(String[]::new);
        try (Writer w = Tsv.open(path)) {
            w.write(HEADER);
            w.write('\n');
            for (String block : blocks) {
                w.write(block);
            }
        } catch (IOException e) {
            throw Tsv.writeFailed(path, e);
        }
    }
}
