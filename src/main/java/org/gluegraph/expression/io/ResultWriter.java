package org.gluegraph.expression.io;

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

    /** @param symbols one per result, in the same order ("" when unknown), or null when none were looked up */
    public static void write(Path path, List<GeneResult> results, List<String> symbols) {
        if (symbols != null && symbols.size() != results.size()) {
            throw new IllegalArgumentException(symbols.size() + " symbols for " + results.size() + " genes");
        }
        Tsv.writeTable(path, HEADER, results.size(), (line, i) -> {
            GeneResult r = results.get(i);
            line.append(r.geneId()).append('\t').append(symbols == null ? "" : symbols.get(i))
                    .append('\t').append(Tsv.number(r.baseMean()))
                    .append('\t').append(Tsv.number(r.log2FoldChange()))
                    .append('\t').append(Tsv.number(r.lfcSE()))
                    .append('\t').append(Tsv.number(r.stat()))
                    .append('\t').append(Tsv.number(r.pvalue()))
                    .append('\t').append(Tsv.number(r.padj()))
                    .append('\n');
        });
    }
}
