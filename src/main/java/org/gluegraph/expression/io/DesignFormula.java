package org.gluegraph.expression.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.gluegraph.expression.internal.ModelFormula;

/**
 * A DESeq2 design formula of sample-sheet columns, with R's formula operators for interactions: {@code +} adds
 * terms, {@code a:b} is the interaction of a and b, {@code a*b} is {@code a + b + a:b} (and {@code a*b*c} every
 * main effect and interaction of the three), {@code 1} is the intercept (always fitted; {@code ~ 1} alone is
 * the intercept-only design, for a reduced model). ':' binds tighter than '*', which binds tighter than '+'.
 * Names are R names or quoted in backticks. Terms are ordered and deduplicated as R's terms() does.
 */
public record DesignFormula(String text, ModelFormula model) {

    /** The variables (sample-sheet columns) in order of first appearance. */
    public List<String> variables() {
        return model.variables();
    }

    /** Parses the formula and checks that every variable is a column of the sample sheet. */
    public static DesignFormula parse(String formula, SampleSheet sheet) {
        DesignFormula design = parse(formula);
        Collection<String> columns = sheet.factors().keySet();
        for (String variable : design.variables()) {
            if (!columns.contains(variable)) {
                throw new InputFileException("design '" + design.text + "': variable '" + variable
                        + "' is not a column of " + sheet.fileName() + "; its columns are " + quoted(columns));
            }
        }
        return design;
    }

    public static DesignFormula parse(String formula) {
        if (formula == null || formula.isBlank()) {
            throw error(formula, "empty; expected a formula like '~ condition', '~ cell + dex' or '~ genotype * condition'");
        }
        String f = formula.strip();
        if (f.charAt(0) != '~') {
            throw error(formula, "expected a formula starting with '~', like '~ cell + dex'");
        }
        String rhs = f.substring(1);
        if (rhs.contains("~")) {
            throw error(formula, "only one '~' is allowed; write the right-hand side only, like '~ cell + dex'");
        }
        List<List<String>> expanded = new ArrayList<>();
        List<String> summands = split(rhs, '+');
        boolean interceptOnly = false;
        for (int i = 0; i < summands.size(); i++) {
            String summand = summands.get(i).strip();
            if (summand.isEmpty()) {
                throw error(formula, "term " + (i + 1) + " is empty; expected column names joined by '+', ':' or '*'");
            }
            if (summand.equals("1")) {
                interceptOnly = true;
                continue;
            }
            expanded.addAll(product(formula, summand));
        }
        if (expanded.isEmpty() && !interceptOnly) {
            throw error(formula, "no terms; expected column names, like '~ condition'");
        }
        return new DesignFormula(f, ModelFormula.of(f, expanded));
    }

    /** a*b*c: every non-empty combination of the operands, in R's expansion order (a, b, a:b, c, a:c, b:c, a:b:c). */
    private static List<List<String>> product(String formula, String summand) {
        List<List<String>> result = new ArrayList<>();
        for (String factor : split(summand, '*')) {
            String f = factor.strip();
            if (f.isEmpty()) {
                throw error(formula, "'" + summand + "' has an empty operand of '*'; expected names like 'a * b'");
            }
            List<String> operand = interaction(formula, summand, f);
            List<List<String>> next = new ArrayList<>(result);
            next.add(operand);
            for (List<String> earlier : result) {
                LinkedHashSet<String> union = new LinkedHashSet<>(earlier);
                union.addAll(operand);
                next.add(List.copyOf(union));
            }
            result = next;
        }
        return result;
    }

    /** a:b:c as one term. */
    private static List<String> interaction(String formula, String summand, String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String part : split(text, ':')) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw error(formula, "'" + summand + "' has an empty operand of ':'; expected names like 'a:b'");
            }
            names.add(name(formula, p));
        }
        return List.copyOf(names);
    }

    /** Splits on a character outside backticks. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBackticks = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                inBackticks = !inBackticks;
            }
            if (c == separator && !inBackticks) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String name(String formula, String term) {
        if (term.length() >= 2 && term.startsWith("`") && term.endsWith("`")) {
            String name = term.substring(1, term.length() - 1);
            if (name.isEmpty() || name.indexOf('`') >= 0) {
                throw error(formula, "bad quoted name " + term);
            }
            return name;
        }
        if (term.equals("1")) {
            throw error(formula, "the intercept '1' cannot be part of an interaction");
        }
        if (term.equals("0") || term.startsWith("-") || term.contains("-")) {
            throw error(formula, "term '" + term + "' is not supported; the intercept is always fitted and "
                    + "terms cannot be removed; write column names joined by '+', ':' or '*'");
        }
        if (term.contains("^") || term.contains("%in%") || term.contains("/")) {
            throw error(formula, "operator in '" + term + "' is not supported; write interactions with ':' or '*'");
        }
        if (term.contains("(") || term.contains("|") || term.contains(")")) {
            throw error(formula, "term '" + term + "' is not supported; only sample-sheet column names "
                    + "joined by '+', ':' or '*' are allowed (no functions or parentheses)");
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
        if (s.equals(".")) {
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
