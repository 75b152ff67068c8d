package org.gluegraph.expression.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.gluegraph.expression.internal.GeneResult;

/** Writes the DESeq2 results table: one line per gene, in the order given (the input order), NA for missing. */
public final class ResultWriter {

    public static final String HEADER = "gene_id\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj";

    private ResultWriter() {
    }

    public static void write(Path path, List<GeneResult> results) {
        try (Writer w = Tsv.open(path)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (GeneResult r : results) {
                line.setLength(0);
                line.append(r.geneId())
                        .append('\t').append(Tsv.number(r.baseMean()))
                        .append('\t').append(Tsv.number(r.log2FoldChange()))
                        .append('\t').append(Tsv.number(r.lfcSE()))
                        .append('\t').append(Tsv.number(r.stat()))
                        .append('\t').append(Tsv.number(r.pvalue()))
                        .append('\t').append(Tsv.number(r.padj()))
                        .append('\n');
                w.append(line);
            }
        } catch (IOException e) {
            throw Tsv.writeFailed(path, e);
        }
    }
}
