package org.gluegraph.expression.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DesignVariable;

/**
 * Joins a count table and a sample sheet by sample name (any order in the sheet; the count file's order is kept)
 * and checks that the design and the contrast can be fitted before any computation starts.
 */
public final class ExperimentBuilder {

    private ExperimentBuilder() {
    }

    /** Factors and numeric columns as R reads them, default reference levels. */
    public static DeseqInput build(CountTable counts, SampleSheet sheet, DesignFormula design, ContrastSpec contrast) {
        return build(counts, sheet, design, DesignChoices.none(), contrast);
    }

    /**
     * @param contrast the factor contrast to check against the sheet, or null when a coefficient is reported
     */
    public static DeseqInput build(CountTable counts, SampleSheet sheet, DesignFormula design, DesignChoices choices,
            ContrastSpec contrast) {
        checkSamplesMatch(counts, sheet);
        for (String f : choices.factors()) {
            if (!design.variables().contains(f)) {
                throw new InputFileException("column '" + f + "' is to be fitted as a factor but is not a variable"
                        + " of the design '" + design.text() + "'; its variables are " + DesignFormula.quoted(design.variables()));
            }
        }
        Map<String, Integer> sheetRow = new HashMap<>();
        for (int i = 0; i < sheet.sampleIds().size(); i++) {
            sheetRow.put(sheet.sampleIds().get(i), i);
        }
        Map<String, DesignVariable> variables = new LinkedHashMap<>();
        for (String name : design.variables()) {
            List<String> column = sheet.factors().get(name);
            if (column == null) {
                throw new InputFileException("design '" + design.text() + "': variable '" + name
                        + "' is not a column of " + sheet.fileName() + "; its columns are "
                        + DesignFormula.quoted(sheet.factors().keySet()));
            }
            List<String> values = new ArrayList<>(counts.sampleIds().size());
            for (String sample : counts.sampleIds()) {
                values.add(column.get(sheetRow.get(sample)));
            }
            boolean allNumbers = values.stream().allMatch(RNumbers::isNumber);
            if (allNumbers && !choices.factors().contains(name)) {
                variables.put(name, numeric(sheet, name, values, counts.sampleIds()));
            } else {
                variables.put(name, factor(sheet, name, values, allNumbers));
            }
        }
        for (Map.Entry<String, String> e : choices.references().entrySet()) {
            String name = e.getKey();
            DesignVariable v = variables.get(name);
            if (v == null) {
                throw new InputFileException("reference level for '" + name + "': not a variable of the design '"
                        + design.text() + "'; its variables are " + DesignFormula.quoted(design.variables()));
            }
            if (!(v instanceof DesignVariable.Factor f)) {
                throw new InputFileException("reference level for '" + name + "': column '" + name + "' of "
                        + sheet.fileName() + " is numeric (a continuous covariate has no levels); fit it as a factor"
                        + " to choose a reference level");
            }
            if (!f.levels().contains(e.getValue())) {
                throw new InputFileException("reference level '" + e.getValue() + "' does not exist in column '"
                        + name + "' of " + sheet.fileName() + "; its levels are " + DesignFormula.quoted(f.levels()));
            }
            variables.put(name, f.relevel(e.getValue()));
        }
        if (contrast != null) {
            checkContrast(sheet, design, contrast, variables, counts.sampleIds());
        }
        return new DeseqInput(counts.geneIds(), counts.sampleIds(), counts.counts(), variables);
    }

    private static DesignVariable.Numeric numeric(SampleSheet sheet, String name, List<String> values,
            List<String> samples) {
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = RNumbers.value(values.get(i));
            if (!Double.isFinite(x[i])) {
                throw new InputFileException(sheet.fileName() + ", column '" + name + "', sample '" + samples.get(i)
                        + "': the column is numeric but the value is '" + values.get(i) + "'; a covariate must be a"
                        + " finite number (or fit the column as a factor)");
            }
        }
        boolean constant = true;
        for (double v : x) {
            constant &= v == x[0];
        }
        if (constant) {
            throw new InputFileException(sheet.fileName() + ", column '" + name + "': the numeric covariate has the"
                    + " same value " + values.get(0) + " for every counted sample; a variable in the design must vary");
        }
        return new DesignVariable.Numeric(x);
    }

    /** Levels sorted as R sorts them: numerically for a numeric column made a factor, else as strings. */
    private static DesignVariable.Factor factor(SampleSheet sheet, String name, List<String> values,
            boolean numbers) {
        Set<String> distinct = new LinkedHashSet<>(values);
        if (distinct.size() < 2) {
            throw new InputFileException(sheet.fileName() + ", column '" + name + "': the design factor has "
                    + "only one level " + DesignFormula.quoted(distinct) + " among the counted samples; "
                    + "a factor in the design needs at least two levels");
        }
        if (!numbers) {
            return DesignVariable.Factor.of(values);
        }
        List<String> levels = new ArrayList<>(distinct);
        levels.sort(Comparator.comparingDouble(RNumbers::value).thenComparing(Comparator.naturalOrder()));
        return new DesignVariable.Factor(levels, values);
    }

    /**
     * One line per design variable for the progress output: whether it is a factor (levels, reference) or a
     * numeric covariate (range), with DESeq2's notes on numeric columns with whole-number values or large values.
     */
    public static List<String> describe(DeseqInput input, DesignFormula design) {
        List<String> lines = new ArrayList<>();
        for (String name : design.variables()) {
            DesignVariable v = input.variables().get(name);
            if (v instanceof DesignVariable.Factor f) {
                lines.add("'" + name + "': factor, " + f.levels().size() + " levels (" + String.join(", ", f.levels())
                        + "), reference '" + f.reference() + "'");
            } else {
                double[] x = ((DesignVariable.Numeric) v).values();
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double mean = 0;
                boolean whole = true;
                for (double a : x) {
                    min = Math.min(min, a);
                    max = Math.max(max, a);
                    mean += a / x.length;
                    whole &= a == Math.rint(a);
                }
                double ss = 0;
                for (double a : x) {
                    ss += (a - mean) * (a - mean);
                }
                double sd = Math.sqrt(ss / (x.length - 1));
                StringBuilder b = new StringBuilder("'" + name + "': numeric covariate (every value is a number), "
                        + "from " + Tsv.number(min) + " to " + Tsv.number(max)
                        + "; its coefficient is the log2 fold change per unit");
                if (whole) {
                    b.append("; note: whole-number values fit a trend per unit, not groups; to compare groups fit it"
                            + " as a factor");
                }
                if (mean > 5 || sd > 5) {
                    b.append("; note (DESeq2): mean or standard deviation above 5, centring and scaling it can help"
                            + " the fit converge");
                }
                lines.add(b.toString());
            }
        }
        return lines;
    }

    /** The count table's and the sheet's sample names are the same set (any order), or an error lists the differences. */
    public static void checkSamplesMatch(CountTable counts, SampleSheet sheet) {
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
                                      Map<String, DesignVariable> variables, List<String> samples) {
        String text = "contrast '" + contrast.factor() + "," + contrast.numerator() + "," + contrast.denominator() + "'";
        DesignVariable variable = variables.get(contrast.factor());
        if (variable == null) {
            throw new InputFileException(text + ": factor '" + contrast.factor() + "' is not in the design '"
                    + design.text() + "'; the design variables are " + DesignFormula.quoted(design.variables()));
        }
        if (!(variable instanceof DesignVariable.Factor factor)) {
            throw new InputFileException(text + ": column '" + contrast.factor() + "' of " + sheet.fileName()
                    + " is numeric (every value is a number), so it is a continuous covariate with one coefficient"
                    + " '" + contrast.factor() + "'; report that coefficient by name, or fit the column as a factor");
        }
        if (contrast.numerator().equals(contrast.denominator())) {
            throw new InputFileException(text + ": numerator and denominator are the same level");
        }
        List<String> levels = factor.values();
        for (String level : List.of(contrast.numerator(), contrast.denominator())) {
            if (!factor.levels().contains(level)) {
                throw new InputFileException(text + ": level '" + level + "' does not exist in column '"
                        + contrast.factor() + "' of " + sheet.fileName() + "; its levels are "
                        + DesignFormula.quoted(new LinkedHashSet<>(levels)));
            }
        }
        // a group of one sample is fine when other samples leave residual degrees of freedom (checked with the
        // design): DESeq2 answers, and Cook's distances are only taken in cells of three or more samples
    }
}
