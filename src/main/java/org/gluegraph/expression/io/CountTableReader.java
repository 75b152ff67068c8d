package org.gluegraph.expression.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.shared.DelimitedText;

/**
 * Reads a count matrix: TSV or CSV (optionally gzipped) with the gene id in the first column and one column per
 * sample, or featureCounts output (its '#' command line skipped, and its annotation columns
 * Chr/Start/End/Strand/Length dropped). A header one field shorter than the rows (R's write.table with row
 * names) names only the samples.
 */
public final class CountTableReader {

    /** featureCounts writes these between Geneid and the sample columns. */
    private static final Set<String> FEATURE_COUNTS_ANNOTATION = Set.of("Chr", "Start", "End", "Strand", "Length");

    private CountTableReader() {
    }

    public static CountTable read(Path path) {
        return read(path, false);
    }

    /**
     * @param round round non-integer counts to the nearest integer, halves to even, as R's round() does in
     *              DESeqDataSetFromTximport (estimated counts from Salmon, kallisto or RSEM)
     */
    public static CountTable read(Path path, boolean round) {
        DelimitedText text = DelimitedText.open(path, InputFileException.AT);
        String file = text.fileName();
        if (text.isEmpty()) {
            throw new InputFileException(file + ": the file is empty; expected a header line "
                    + "(gene id column, then one column per sample) followed by one line per gene");
        }
        do {
            if (!text.nextLine()) {
                throw new InputFileException(file + ": no header line found; expected a header line "
                        + "(gene id column, then one column per sample)");
            }
        } while (text.startsWithHash());

        int headerLine = text.lineNumber();
        String[] header = new String[text.fieldCount()];
        for (int c = 0; c < header.length; c++) {
            header[c] = text.field(c);
        }
        boolean featureCounts = "Geneid".equals(header[0]);
        boolean hasData = text.nextLine();
        // R's write.table(counts) leaves the row-name column out of the header: one field fewer than the rows
        boolean rowNamesHeader = hasData && !featureCounts && text.fieldCount() == header.length + 1;
        int columns = rowNamesHeader ? header.length + 1 : header.length;
        int shift = rowNamesHeader ? 1 : 0;
        // sampleColumn[k] = data column (0-based) of the k-th sample
        int[] sampleColumn = new int[columns];
        List<String> samples = new ArrayList<>();
        Map<String, Integer> seenSamples = new HashMap<>();
        for (int c = 1 - shift; c < header.length; c++) {
            String name = header[c];
            if (featureCounts && FEATURE_COUNTS_ANNOTATION.contains(name)) {
                continue;
            }
            if (name.isEmpty()) {
                throw new InputFileException(file + " line " + headerLine + ", column " + (c + 1)
                        + ": empty sample name in the header");
            }
            Integer previous = seenSamples.putIfAbsent(name, c);
            if (previous != null) {
                throw new InputFileException(file + " line " + headerLine + ", column " + (c + 1)
                        + ": duplicate sample '" + name + "' (also column " + (previous + 1) + ")");
            }
            sampleColumn[samples.size()] = c + shift;
            samples.add(name);
        }
        if (samples.isEmpty()) {
            throw new InputFileException(file + " line " + headerLine + ": the header has no sample columns; "
                    + "expected the gene id column followed by one column per sample, separated by "
                    + (file.toLowerCase().contains(".csv") ? "commas" : "tabs"));
        }
        int nSamples = samples.size();
        sampleColumn = Arrays.copyOf(sampleColumn, nSamples);

        List<String> genes = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        Map<String, Integer> geneLine = new HashMap<>();
        for (; hasData; hasData = text.nextLine()) {
            int line = text.lineNumber();
            if (text.fieldCount() != columns) {
                throw new InputFileException(file + " line " + line + ": expected " + columns + (rowNamesHeader
                        ? " columns (the gene id, then the " + header.length + " samples named on line " + headerLine + ")"
                        : " columns like the header (line " + headerLine + ")") + ", found " + text.fieldCount());
            }
            String gene = text.field(0);
            if (gene.isEmpty()) {
                throw new InputFileException(file + " line " + line + ", column 1: empty gene id");
            }
            Integer previous = geneLine.putIfAbsent(gene, line);
            if (previous != null) {
                throw new InputFileException(file + " line " + line + ", column 1: duplicate gene id '" + gene
                        + "' (also on line " + previous + ")");
            }
            int[] row = new int[nSamples];
            for (int k = 0; k < nSamples; k++) {
                int v = text.countAt(sampleColumn[k]);
                if (v < 0) {
                    String field = text.field(sampleColumn[k]);
                    double estimate = estimatedCount(field);
                    if (round && estimate >= 0) {
                        v = (int) Math.rint(estimate);
                    } else {
                        throw new InputFileException(file + " line " + line + ", column " + (sampleColumn[k] + 1)
                                + " (sample '" + samples.get(k) + "'): expected a non-negative integer count, found '"
                                + field + "'" + (estimate >= 0 && !round ? "; estimated counts (Salmon, kallisto,"
                                + " RSEM, tximport) must be rounded to integers as DESeqDataSetFromTximport does:"
                                + " de and vst do it with --round, an upload to /api/datasets with the form field round=true" : ""));
                    }
                }
                row[k] = v;
            }
            genes.add(gene);
            rows.add(row);
        }
        if (genes.isEmpty()) {
            throw new InputFileException(file + ": no gene lines after the header (line " + headerLine + ")");
        }
        return new CountTable(file, List.copyOf(genes), List.copyOf(samples), rows.toArray(new int[0][]));
    }

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** A non-negative decimal number whose rounded value fits a count, or -1. */
    private static double estimatedCount(String field) {
        if (!DECIMAL.matcher(field).matches()) {
            return -1;
        }
        double d = Double.parseDouble(field);
        return d >= 0 && Math.rint(d) <= Integer.MAX_VALUE ? d : -1;
    }
}
