package org.gluegraph.seed;

/** A seed or bulk-load file that cannot be loaded, with the place and what was expected. */
public class SeedFormatException extends org.gluegraph.shared.BadInputException {

    public SeedFormatException(String file, long line, String field, String problem) {
        super(file + (line > 0 ? " line " + line : "") + (field != null ? ", field '" + field + "'" : "") + ": " + problem);
    }
}
