package org.gluegraph.expression.io;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins a count table and a sample sheet by sample name (any order in the sheet; the count file's order is kept)
 * and checks that the design and the contrast can be fitted before any computation starts.
 */
public final class ExperimentBuilder {

    private ExperimentBuilder() {
    }

    public static DeseqInput build(CountTable counts, SampleSheet sheet, DesignFormula design, ContrastSpec contrast) {
        checkSamplesMatch(counts, sheet);
        Map<String, Integer> sheetRow = new HashMap<>();
        for (int i = 0; i < sheet.sampleIds().size(); i++) {
            sheetRow.put(sheet.sampleIds().get(i), i);
        }
        Map<String, List<String>> factors = new LinkedHashMap<>();
        for (String factor : design.factors()) {
            List<String> sheetLevels = sheet.factors().get(factor);
            if (sheetLevels == null) {
                throw new InputFileException("design '" + design.text() + "': factor '" + factor
                        + "' is not a column of " + sheet.fileName() + "; its columns are "
                        + DesignFormula.quoted(sheet.factors().keySet()));
            }
            List<String> levels = new ArrayList<>(counts.sampleIds().size());
            for (String sample : counts.sampleIds()) {
                levels.add(sheetLevels.get(sheetRow.get(sample)));
            }
            Set<String> distinct = new LinkedHashSet<>(levels);
            if (distinct.size() < 2) {
                throw new InputFileException(sheet.fileName() + ", column '" + factor + "': the design factor has "
                        + "only one level " + DesignFormula.quoted(distinct) + " among the counted samples; "
                        + "a factor in the design needs at least two levels");
            }
            factors.put(factor, List.copyOf(levels));
        }
        checkContrast(sheet, design, contrast, factors, counts.sampleIds());
        return new DeseqInput(counts.geneIds(), counts.sampleIds(), counts.counts(), factors);
    }

    private static void checkSamplesMatch(CountTable counts, SampleSheet sheet) {
        Set<String> inSheet = new LinkedHashSet<>(sheet.sampleIds());
        Set<String> inCounts = new LinkedHashSet<>(counts.sampleIds());
        List<String> missingFromSheet = counts.sampleIds().stream().filter(s -> !inSheet.contains(s)).toList();
        List<String> missingFromCounts = sheet.sampleIds().stream().filter(s -> !inCounts.contains(s)).toList();
        if (missingFromSheet.isEmpty() && missingFromCounts.isEmpty()) {
            return;
        }
        StringBuilder m = new StringBuilder("samples do not match between " + counts.fileName() + " and "
                + sheet.fileName() + ":");
        if (!missingFromSheet.isEmpty()) {
            m.append(" in ").append(counts.fileName()).append(" but not in ").append(sheet.fileName()).append(": ")
                    .append(DesignFormula.quoted(missingFromSheet)).append(';');
        }
        if (!missingFromCounts.isEmpty()) {
            m.append(" in ").append(sheet.fileName()).append(" but not in ").append(counts.fileName()).append(": ")
                    .append(DesignFormula.quoted(missingFromCounts)).append(';');
        }
        m.setLength(m.length() - 1);
        m.append(". Sample names must be identical (case-sensitive) in the count header and the sheet's first column");
        throw new InputFileException(m.toString());
    }

    private static void checkContrast(SampleSheet sheet, DesignFormula design, ContrastSpec contrast,
                                      Map<String, List<String>> factors, List<String> samples) {
        String text = "contrast '" + contrast.factor() + "," + contrast.numerator() + "," + contrast.denominator() + "'";
        List<String> levels = factors.get(contrast.factor());
        if (levels == null) {
            throw new InputFileException(text + ": factor '" + contrast.factor() + "' is not in the design '"
                    + design.text() + "'; the design factors are " + DesignFormula.quoted(design.factors()));
        }
        if (contrast.numerator().equals(contrast.denominator())) {
            throw new InputFileException(text + ": numerator and denominator are the same level");
        }
        Set<String> present = new LinkedHashSet<>(levels);
        for (String level : List.of(contrast.numerator(), contrast.denominator())) {
            if (!present.contains(level)) {
                throw new InputFileException(text + ": level '" + level + "' does not exist in column '"
                        + contrast.factor() + "' of " + sheet.fileName() + "; its levels are "
                        + DesignFormula.quoted(present));
            }
        }
        for (String level : List.of(contrast.numerator(), contrast.denominator())) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).equals(level)) {
                    group.add(samples.get(i));
                }
            }
            if (group.size() < 2) {
                throw new InputFileException(text + ": group '" + level + "' has " + group.size() + " sample ("
                        + DesignFormula.quoted(group) + "); each side of the contrast needs at least two replicates");
            }
        }
    }
}
