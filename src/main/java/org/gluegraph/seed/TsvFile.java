package org.gluegraph.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A tab-separated file with a header line, read whole: the rows keep their line numbers so that a validation
 * error names the file, line and field. Fields wrapped in double quotes (HGNC's multi-valued columns) are
 * unwrapped.
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

    public static TsvFile read(String name, InputStream in) {
        try (var reader = new BufferedReader(new InputStreamReader(
                name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16)) {
            String first = reader.readLine();
            if (first == null || first.isBlank()) {
                throw new SeedFormatException(name, 1, null, "empty file; expected a header line");
            }
            TsvFile file = new TsvFile(name, split(stripBom(first)));
            List<String> header = file.header;
            String line;
            long number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() != header.size()) {
                    throw new SeedFormatException(name, number, null,
                            "expected " + header.size() + " tab-separated fields as in the header, found " + fields.size());
                }
                file.rows.add(file.new Row(number, fields));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            String f = tab < 0 ? line.substring(start) : line.substring(start, tab);
            if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
                f = f.substring(1, f.length() - 1);
            }
            out.add(f);
            if (tab < 0) {
                return out;
            }
            start = tab + 1;
        }
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
            if (!v.matches(regex)) {
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
