package org.gluegraph.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The one reader of delimited text (count matrices, sample sheets, seed and bulk-load files, de tables): a
 * tokenizer over a whole file held as bytes. Count matrices have millions of cells, so fields are kept as offsets
 * into the buffer and integers are parsed straight from the bytes; strings are created only when asked for. Reads
 * gzip (by its magic bytes, whatever the name), drops a UTF-8 byte order mark, handles CRLF and blank lines, and
 * one of two quoting rules ({@link Quoting}). Its own errors (missing file, unterminated quote) are made by the
 * caller's {@link Errors}, so each caller keeps its exception type and wording; a caller's checks of the content
 * use {@link #fileName()}, {@link #lineNumber()} and the column.
 */
public final class DelimitedText {

    /** How double quotes are read. */
    public enum Quoting {
        /**
         * RFC 4180 (R's write.csv quotes names): a field that starts with a quote ends at the next lone quote, may
         * hold delimiters and line breaks, and {@code ""} inside is one quote.
         */
        RFC4180,
        /**
         * A field wrapped in quotes as a whole is unwrapped (HGNC's multi-valued columns); any other quote is text,
         * and a line is a record (the seed files: titles may hold quotes).
         */
        WRAPPED
    }

    /** Makes the caller's exception for a place in the file (line and column 0 when not known). */
    @FunctionalInterface
    public interface Errors {
        RuntimeException at(String file, long line, int column, String problem, Throwable cause);

        /** "file line L, column C" with the parts that are known. */
        static String where(String file, long line, int column) {
            return file + (line > 0 ? " line " + line : "") + (column > 0 ? ", column " + column : "");
        }
    }

    private final String fileName;
    private final byte[] data;
    private final byte delimiter;
    private final Quoting quoting;
    private final Errors errors;
    private int pos;
    private int lineNumber;

    private int fieldCount;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];

    private DelimitedText(String fileName, byte[] data, byte delimiter, Quoting quoting, Errors errors) {
        this.fileName = fileName;
        this.data = data;
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.errors = errors;
        // spreadsheet exports start with a UTF-8 byte order mark; it is not part of the first header field
        if (data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF) {
            pos = 3;
        }
    }

    /**
     * Reads the whole file (gunzipping it when it starts with the gzip magic bytes) and picks the delimiter from
     * the name, or the first line (.csv comma; .tsv, .txt, .tab tab). RFC 4180 quotes.
     */
    public static DelimitedText open(Path path, Errors errors) {
        String name = path.getFileName().toString();
        byte[] bytes = readBytes(path, name, errors);
        return new DelimitedText(name, bytes, delimiterFor(name, bytes), Quoting.RFC4180, errors);
    }

    /** Delimited text already in memory (gzip is unpacked), named {@code name} in messages. */
    public static DelimitedText of(String name, byte[] bytes, char delimiter, Quoting quoting, Errors errors) {
        return new DelimitedText(name, gunzip(bytes, name, errors), (byte) delimiter, quoting, errors);
    }

    static byte[] readBytes(Path path, String name, Errors errors) {
        try {
            return gunzip(Files.readAllBytes(path), name, errors);
        } catch (NoSuchFileException e) {
            throw errors.at(name, 0, 0, "file not found (" + path + ")", e);
        } catch (IOException e) {
            throw errors.at(name, 0, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] gunzip(byte[] raw, String name, Errors errors) {
        if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw errors.at(name, 0, 0, "cannot be read as gzip (" + e.getMessage() + ")", e);
            }
        }
        return raw;
    }

    /** .csv means comma, .tsv/.txt tab (after dropping .gz); otherwise whichever appears in the first line. */
    private static byte delimiterFor(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".csv")) {
            return ',';
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".txt") || lower.endsWith(".tab")) {
            return '\t';
        }
        for (byte b : bytes) {
            if (b == '\t') {
                return '\t';
            }
            if (b == '\n') {
                break;
            }
        }
        return ',';
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based number of the line last read. */
    public int lineNumber() {
        return lineNumber;
    }

    public int fieldCount() {
        return fieldCount;
    }

    public boolean isEmpty() {
        for (byte b : data) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** True when the current line's first byte is '#' (featureCounts' command line comment). */
    public boolean startsWithHash() {
        return fieldCount > 0 && starts[0] < data.length && ends[0] > starts[0] && data[starts[0]] == '#';
    }

    /**
     * Advances to the next non-blank line and splits it into fields.
     *
     * @return false at end of file
     */
    public boolean nextLine() {
        while (pos < data.length) {
            lineNumber++;
            if (splitLine()) {
                return true;
            }
        }
        fieldCount = 0;
        return false;
    }

    /** Splits one physical line (a quoted field may span lines); returns false if it was blank. */
    private boolean splitLine() {
        fieldCount = 0;
        int p = pos;
        int n = data.length;
        while (true) {
            if (fieldCount == starts.length) {
                grow();
            }
            boolean q = quoting == Quoting.RFC4180 && p < n && data[p] == '"';
            int start;
            int end;
            if (q) {
                start = ++p;
                while (true) {
                    if (p >= n) {
                        throw errors.at(fileName, lineNumber, fieldCount + 1, "unterminated double quote", null);
                    }
                    byte b = data[p];
                    if (b == '"') {
                        if (p + 1 < n && data[p + 1] == '"') {
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (b == '\n') {
                        lineNumber++;
                    }
                    p++;
                }
                end = p++;
                // anything between the closing quote and the delimiter is kept out (lenient, like R)
                while (p < n && data[p] != delimiter && data[p] != '\n') {
                    p++;
                }
            } else {
                start = p;
                while (p < n && data[p] != delimiter && data[p] != '\n') {
                    p++;
                }
                end = p;
                if (end > start && (end == n || data[end] == '\n') && data[end - 1] == '\r') {
                    end--;
                }
            }
            if (quoting == Quoting.WRAPPED && end - start >= 2 && data[start] == '"' && data[end - 1] == '"') {
                start++; // wrapped as a whole: unwrapped; the quotes of any other field are text
                end--;
            }
            starts[fieldCount] = start;
            ends[fieldCount] = end;
            quoted[fieldCount] = q;
            fieldCount++;
            if (p >= n || data[p] == '\n') {
                pos = p + 1;
                break;
            }
            p++; // delimiter
        }
        if (fieldCount == 1 && !quoted[0]) {
            for (int i = starts[0]; i < ends[0]; i++) {
                if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r') {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private void grow() {
        int size = starts.length * 2;
        starts = java.util.Arrays.copyOf(starts, size);
        ends = java.util.Arrays.copyOf(ends, size);
        quoted = java.util.Arrays.copyOf(quoted, size);
    }

    /** Field i (0-based) as a string, quotes removed and surrounding blanks trimmed. */
    public String field(int i) {
        String s = new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        if (quoted[i] && s.indexOf('"') >= 0) {
            s = s.replace("\"\"", "\"");
        }
        return s.strip();
    }

    /**
     * Parses field i as a non-negative integer count. Plain digits take the fast path; anything else goes
     * through Double so that "12.0" or R's "1e+05" are accepted when they denote an exact integer.
     *
     * @return the count, or -1 if the field is not a non-negative integer that fits an int
     */
    public int countAt(int i) {
        int s = starts[i];
        int e = ends[i];
        if (s == e) {
            return -1;
        }
        long v = 0;
        int p = s;
        while (p < e) {
            int d = data[p] - '0';
            if (d < 0 || d > 9) {
                return slowCount(i);
            }
            v = v * 10 + d;
            if (v > Integer.MAX_VALUE) {
                return -1;
            }
            p++;
        }
        return (int) v;
    }

    private int slowCount(int i) {
        String s = field(i);
        if (s.isEmpty()) {
            return -1;
        }
        char c = s.charAt(s.length() - 1);
        if (!(Character.isDigit(c) || c == '.')) {
            return -1; // rejects "NaN", "Infinity", "12d" that Double.parseDouble would take
        }
        try {
            double d = Double.parseDouble(s);
            if (d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d)) {
                return (int) d;
            }
        } catch (NumberFormatException ignored) {
            // reported by the caller with the offending text
        }
        return -1;
    }
}
