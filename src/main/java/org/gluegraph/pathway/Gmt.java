package org.gluegraph.pathway;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.gluegraph.shared.BadInputException;

/**
 * The GMT format, read the same way by the seed, the API's collections and {@code enrich --gmt}: one set per line,
 * tab-separated (name, description, genes). Where a collection keeps its stable id decides the set's id, so a set
 * has the same id everywhere: MSigDB and generic files use the first column; Reactome's the second
 * ({@code R-HSA-...}, the first is the title); WikiPathways' the {@code WPnnn} inside the first
 * ({@code name%WikiPathways_DATE%WPnnn%species}). Blank lines are skipped; a line without genes, an empty or
 * repeated id, or text that is not UTF-8 stops the file with its name, line and column.
 */
public final class Gmt {

    /** One gene set as the file states it (members as written, in order, without repeats). */
    public record GeneSetLine(String id, String name, List<String> members, long line) {
    }

    public enum Layout {
        MSIGDB, REACTOME, WIKIPATHWAYS, GENERIC;

        public static Layout parse(String text, String field) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(field + ": expected msigdb, reactome, wikipathways or generic, found '"
                        + text + "'");
            }
        }
    }

    private static final Pattern REACTOME_ID = Pattern.compile("R-[A-Z]{3}-\\d+");
    private static final Pattern WIKIPATHWAYS_ID = Pattern.compile("WP\\d+");

    private Gmt() {
    }

    /** The layout a file's first set line shows (for files given without one, as {@code enrich --gmt} takes). */
    public static Layout detect(byte[] bytes) {
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", 50)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 3) {
                if (REACTOME_ID.matcher(f[1].strip()).matches()) {
                    return Layout.REACTOME;
                }
                String[] parts = f[0].split("%");
                if (parts.length >= 3 && WIKIPATHWAYS_ID.matcher(parts[2]).matches()) {
                    return Layout.WIKIPATHWAYS;
                }
                return Layout.MSIGDB;
            }
        }
        return Layout.GENERIC;
    }

    /** A GMT file given by path, its layout detected from its first set line. */
    public static List<GeneSetLine> read(java.nio.file.Path file) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException(file + ": file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return read(file.toString(), bytes, detect(bytes));
    }

    public static List<GeneSetLine> read(String file, byte[] bytes, Layout layout) {
        List<GeneSetLine> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), decoder))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String where = file + " line " + number;
                if (f.length < 3) {
                    throw new BadInputException(where + ": expected a set name, a description and at least one gene,"
                            + " tab-separated; found " + f.length + " field(s)");
                }
                String id;
                String name;
                switch (layout) {
                    case REACTOME -> {
                        name = f[0].strip();
                        id = f[1].strip();
                        if (!REACTOME_ID.matcher(id).matches()) {
                            throw new BadInputException(where + ", column 2: expected a Reactome id like R-HSA-109581,"
                                    + " found '" + id + "'");
                        }
                    }
                    case WIKIPATHWAYS -> {
                        String[] parts = f[0].split("%");
                        if (parts.length < 3 || !WIKIPATHWAYS_ID.matcher(parts[2]).matches()) {
                            throw new BadInputException(where + ", column 1: expected 'name%WikiPathways_DATE%WPnnn%species',"
                                    + " found '" + f[0] + "'");
                        }
                        name = parts[0].strip();
                        id = parts[2];
                    }
                    default -> {
                        id = f[0].strip();
                        name = f[0].strip();
                    }
                }
                if (id.isEmpty()) {
                    throw new BadInputException(where + ", column 1: empty gene-set id");
                }
                if (!ids.add(id)) {
                    throw new BadInputException(where + ", column 1: gene set '" + id + "' appears twice");
                }
                Set<String> genes = new LinkedHashSet<>();
                for (int i = 2; i < f.length; i++) {
                    String g = f[i].strip();
                    if (!g.isEmpty()) {
                        genes.add(g);
                    }
                }
                if (genes.isEmpty()) {
                    throw new BadInputException(where + ": gene set '" + id + "' has no genes");
                }
                out.add(new GeneSetLine(id, name, List.copyOf(genes), number));
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new BadInputException(file + ": no gene sets");
        }
        return out;
    }
}
