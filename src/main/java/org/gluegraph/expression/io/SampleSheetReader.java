package org.gluegraph.expression.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.shared.DelimitedText;

/** Reads a sample sheet: TSV or CSV, first column the sample id, then one column per factor named in the header. */
public final class SampleSheetReader {

    private SampleSheetReader() {
    }

    public static SampleSheet read(Path path) {
        DelimitedText text = DelimitedText.open(path, InputFileException.AT);
        String file = text.fileName();
        if (text.isEmpty() || !text.nextLine()) {
            throw new InputFileException(file + ": the file is empty; expected a header line "
                    + "(sample id column, then one column per factor) followed by one line per sample");
        }
        int headerLine = text.lineNumber();
        int columns = text.fieldCount();
        if (columns < 2) {
            throw new InputFileException(file + " line " + headerLine + ": the header has no factor columns; "
                    + "expected the sample id column followed by one column per factor, separated by "
                    + (file.toLowerCase().contains(".csv") ? "commas" : "tabs"));
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 1; c < columns; c++) {
            String name = text.field(c);
            if (name.isEmpty()) {
                throw new InputFileException(file + " line " + headerLine + ", column " + (c + 1)
                        + ": empty factor name in the header");
            }
            Integer previous = seen.putIfAbsent(name, c);
            if (previous != null) {
                throw new InputFileException(file + " line " + headerLine + ", column " + (c + 1)
                        + ": duplicate factor '" + name + "' (also column " + (previous + 1) + ")");
            }
            names.add(name);
        }
        List<String> samples = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (int c = 1; c < columns; c++) {
            levels.add(new ArrayList<>());
        }
        Map<String, Integer> sampleLine = new HashMap<>();
        while (text.nextLine()) {
            int line = text.lineNumber();
            if (text.fieldCount() != columns) {
                throw new InputFileException(file + " line " + line + ": expected " + columns
                        + " columns like the header (line " + headerLine + "), found " + text.fieldCount());
            }
            String sample = text.field(0);
            if (sample.isEmpty()) {
                throw new InputFileException(file + " line " + line + ", column 1: empty sample id");
            }
            Integer previous = sampleLine.putIfAbsent(sample, line);
            if (previous != null) {
                throw new InputFileException(file + " line " + line + ", column 1: duplicate sample '" + sample
                        + "' (also on line " + previous + ")");
            }
            for (int c = 1; c < columns; c++) {
                String level = text.field(c);
                if (level.isEmpty() || level.equals("NA")) {
                    throw new InputFileException(file + " line " + line + ", column " + (c + 1) + " (factor '"
                            + names.get(c - 1) + "', sample '" + sample + "'): expected a level, found '"
                            + level + "'");
                }
                levels.get(c - 1).add(level);
            }
            samples.add(sample);
        }
        if (samples.isEmpty()) {
            throw new InputFileException(file + ": no sample lines after the header (line " + headerLine + ")");
        }
        Map<String, List<String>> factors = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            factors.put(names.get(c), List.copyOf(levels.get(c)));
        }
        return new SampleSheet(file, List.copyOf(samples), Collections.unmodifiableMap(factors));
    }
}
