package org.gluegraph.expression.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A DESeq2 design formula restricted to what the engine fits: an intercept plus an additive set of categorical
 * sample-sheet columns, e.g. {@code ~ cell + dex}. The last factor is conventionally the one of interest.
 */
public record DesignFormula(String text, List<String> factors) {

    public DesignFormula {
        factors = List.copyOf(factors);
    }

    /** Parses the formula and checks that every factor is a column of the sample sheet. */
    public static DesignFormula parse(String formula, SampleSheet sheet) {
        DesignFormula design = parse(formula);
        Collection<String> columns = sheet.factors().keySet();
        for (String factor : design.factors) {
            if (!columns.contains(factor)) {
                throw new InputFileException("design '" + formula.strip() + "': factor '" + factor
                        + "' is not a column of " + sheet.fileName() + "; its columns are " + quoted(columns));
            }
        }
        return design;
    }

    public static DesignFormula parse(String formula) {
        if (formula == null || formula.isBlank()) {
            throw error(formula, "empty; expected a formula like '~ condition' or '~ cell + dex'");
        }
        String f = formula.strip();
        if (f.charAt(0) != '~') {
            throw error(formula, "expected a formula starting with '~', like '~ cell + dex'");
        }
        String rhs = f.substring(1);
        if (rhs.contains("~")) {
            throw error(formula, "only one '~' is allowed; write the right-hand side only, like '~ cell + dex'");
        }
        LinkedHashSet<String> factors = new LinkedHashSet<>();
        List<String> terms = splitTerms(rhs);
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i).strip();
            String name = termName(formula, term, i + 1);
            if (!factors.add(name)) {
                throw error(formula, "factor '" + name + "' appears twice");
            }
        }
        return new DesignFormula(f, new ArrayList<>(factors));
    }

    /** Splits on '+' outside backticks. */
    private static List<String> splitTerms(String rhs) {
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBackticks = false;
        for (int i = 0; i < rhs.length(); i++) {
            char c = rhs.charAt(i);
            if (c == '`') {
                inBackticks = !inBackticks;
            }
            if (c == '+' && !inBackticks) {
                terms.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        terms.add(current.toString());
        return terms;
    }

    private static String termName(String formula, String term, int position) {
        if (term.isEmpty()) {
            throw error(formula, "term " + position + " is empty; expected column names joined by '+'");
        }
        if (term.length() >= 2 && term.startsWith("`") && term.endsWith("`")) {
            String name = term.substring(1, term.length() - 1);
            if (name.isEmpty() || name.indexOf('`') >= 0) {
                throw error(formula, "bad quoted name " + term);
            }
            return name;
        }
        if (term.contains(":") || term.contains("*") || term.contains("^") || term.contains("%in%")) {
            throw error(formula, "interaction term '" + term + "' is not supported; the design must be an "
                    + "additive formula of sample-sheet columns, like '~ cell + dex'");
        }
        if (term.equals("0") || term.equals("1") || term.startsWith("-") || term.contains("-")) {
            throw error(formula, "term '" + term + "' is not supported; the intercept is always fitted and "
                    + "terms cannot be removed; write column names joined by '+'");
        }
        if (term.contains("(") || term.contains("|")) {
            throw error(formula, "term '" + term + "' is not supported; only sample-sheet column names "
                    + "(categorical factors) joined by '+' are allowed");
        }
        if (!isName(term)) {
            throw error(formula, "'" + term + "' is not a column name; names start with a letter or '.', "
                    + "contain letters, digits, '.' or '_', or are quoted in backticks");
        }
        return term;
    }

    private static boolean isName(String s) {
        char first = s.charAt(0);
        if (!(Character.isLetter(first) || first == '.')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static InputFileException error(String formula, String what) {
        return new InputFileException("design '" + (formula == null ? "" : formula.strip()) + "': " + what);
    }

    static String quoted(Collection<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('\'').append(n).append('\'');
        }
        return b.toString();
    }
}
