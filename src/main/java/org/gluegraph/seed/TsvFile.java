package org.gluegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.shared.DelimitedText;

/**
 * A tab-separated file with a header line, read whole by the shared reader ({@link DelimitedText}): the rows keep
 * their line numbers so that a validation error names the file, line and field. Fields wrapped in double quotes
 * (HGNC's multi-valued columns) are unwrapped; other quotes are text.
 */
public final class TsvFile {

    private final String name;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private TsvFile(String name, List<String> header) {
        this.name = name;
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
    }

    /** Reads the whole stream (gzip by its magic bytes); fields are split by the shared reader, WRAPPED quoting. */
    public static TsvFile read(String name, InputStream in) {
        return read(name, in, null);
    }

    /**
     * As {@link #read(String, InputStream)}, keeping only the named columns (a missing one is refused): HGNC's
     * complete set has 54 columns of which the gene seed and the command line's symbol column read 8, and making
     * strings of the other 46 for 44,000 rows was most of the time and memory of reading it.
     */
    public static TsvFile read(String name, InputStream in, java.util.Set<String> keep) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        DelimitedText text = DelimitedText.of(name, bytes, '\t', DelimitedText.Quoting.WRAPPED,
                (file, line, column, problem, cause) -> new SeedFormatException(file, line, null, problem));
        if (!text.nextLine() || text.lineNumber() != 1) {
            throw new SeedFormatException(name, 1, null, "empty file; expected a header line");
        }
        TsvFile file = new TsvFile(name, fields(text, null));
        if (keep != null) {
            file.require(keep.toArray(String[]::new));
        }
        boolean[] kept = new boolean[file.header.size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = keep == null || keep.contains(file.header.get(i));
        }
        int columns = file.header.size();
        while (text.nextLine()) {
            if (text.fieldCount() != columns) {
                throw new SeedFormatException(name, text.lineNumber(), null,
                        "expected " + columns + " tab-separated fields as in the header, found " + text.fieldCount());
            }
            file.rows.add(file.new Row(text.lineNumber(), fields(text, kept)));
        }
        return file;
    }

    /** The line's fields; those not kept are "" (never read by a caller that named its columns). */
    private static List<String> fields(DelimitedText text, boolean[] kept) {
        List<String> out = new ArrayList<>(text.fieldCount());
        for (int i = 0; i < text.fieldCount(); i++) {
            out.add(kept == null || kept[i] ? text.field(i) : "");
        }
        return out;
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> header() {
        return header;
    }

    /** Fails unless the header has every column named. */
    public TsvFile require(String... names) {
        for (String n : names) {
            if (!columns.containsKey(n)) {
                throw new SeedFormatException(name, 1, n, "missing column; the header must contain " + String.join(", ", names));
            }
        }
        return this;
    }

    /** Compiled once per pattern: String.matches compiled it again for each of HGNC's 44,000 rows, three times. */
    private static final Map<String, java.util.regex.Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    public final class Row {
        private final long line;
        private final List<String> fields;

        Row(long line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        public long line() {
            return line;
        }

        /** The trimmed value, or "" when blank. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).trim();
        }

        public String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error(column, "must not be empty");
            }
            return v;
        }

        /** Matches the pattern, or is blank when optional. */
        public String matching(String column, String regex, String expected, boolean optional) {
            String v = get(column);
            if (v.isEmpty() && optional) {
                return null;
            }
            if (!PATTERNS.computeIfAbsent(regex, java.util.regex.Pattern::compile).matcher(v).matches()) {
                throw error(column, "expected " + expected + ", found '" + v + "'");
            }
            return v;
        }

        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) {
                String t = part.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }

        public SeedFormatException error(String column, String problem) {
            return new SeedFormatException(name, line, column, problem);
        }
    }
}
