package org.gluegraph.enrichment.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GMT format: one set per line, tab-separated: id, description (or URL), then member genes. Blank lines are
 * skipped; a line without members, an empty id or a repeated id stops the file with its name and line number.
 */
public final class GmtReader {

    public record Entry(String id, String name, List<String> members) {
    }

    private GmtReader() {
    }

    public static List<Entry> read(Path file) {
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String where = file + " line " + n;
                if (f.length < 3) {
                    throw new EnrichmentInputException(where + ": expected a set id, a description and at least one "
                            + "gene separated by tabs, found " + f.length + " field(s)");
                }
                String id = f[0].strip();
                if (id.isEmpty()) {
                    throw new EnrichmentInputException(where + ", column 1: empty gene-set id");
                }
                if (!ids.add(id)) {
                    throw new EnrichmentInputException(where + ", column 1: gene set '" + id + "' appears twice");
                }
                LinkedHashSet<String> members = new LinkedHashSet<>();
                for (int i = 2; i < f.length; i++) {
                    String g = f[i].strip();
                    if (!g.isEmpty()) {
                        members.add(g);
                    }
                }
                if (members.isEmpty()) {
                    throw new EnrichmentInputException(where + ": gene set '" + id + "' has no genes");
                }
                out.add(new Entry(id, f[1].strip(), List.copyOf(members)));
            }
        } catch (NoSuchFileException e) {
            throw new EnrichmentInputException(file + ": file not found");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new EnrichmentInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (out.isEmpty()) {
            throw new EnrichmentInputException(file + ": no gene sets");
        }
        return out;
    }
}
