package org.gluegraph.expression.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Shared bits of the TSV writers: R-readable numbers and an output stream gzipped when the name ends in .gz. */
final class Tsv {

    private Tsv() {
    }

    /**
     * Shortest decimal that parses back to the same double (Double.toString), NA for NaN and R's Inf/-Inf, so
     * that R's read.delim and Java read back exactly the value computed.
     */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(v);
    }

    static String bool(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    static Writer open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OutputStream out = Files.newOutputStream(path);
            if (path.getFileName().toString().endsWith(".gz")) {
                out = new GZIPOutputStream(out, 1 << 16);
            }
            return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** Appends row i's line, its '\n' included. */
    interface Row {
        void append(StringBuilder line, int i);
    }

    /**
     * A table of {@code rows} lines under its header: formatted in blocks on the common pool, written in order
     * (Double.toString of 60,000 x 6 numbers was a tenth of a short {@code de} run's time on one thread).
     */
    static void writeTable(Path path, String header, int rows, Row row) {
        String[] blocks = java.util.stream.IntStream.range(0, (rows + BLOCK - 1) / BLOCK).parallel().mapToObj(b -> {
            StringBuilder text = new StringBuilder(128 * BLOCK);
            for (int i = b * BLOCK; i < Math.min(rows, (b + 1) * BLOCK); i++) {
                row.append(text, i);
            }
            return text.toString();
        }).toArray(String[]::new);
        try (Writer w = open(path)) {
            w.write(header);
            w.write('\n');
            for (String block : blocks) {
                w.write(block);
            }
        } catch (IOException e) {
            throw writeFailed(path, e);
        }
    }

    private static final int BLOCK = 4096;

    static InputFileException writeFailed(Path path, IOException e) {
        return new InputFileException(path + ": cannot be written (" + e.getMessage() + ")", e);
    }
}
