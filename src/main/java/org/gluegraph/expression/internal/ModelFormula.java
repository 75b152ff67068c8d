package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A design formula as R's terms() holds it, always with an intercept: the variables in order of first appearance,
 * and the terms (sets of variables; one variable = a main effect, several = their interaction) without duplicates,
 * ordered by degree and, within a degree, by appearance. Each term lists its variables in the variables' order,
 * which is also the order model.matrix multiplies them in (the first varying fastest).
 *
 * @param text the formula as the user wrote it (for messages and records)
 */
public record ModelFormula(String text, List<String> variables, List<List<String>> terms) {

    public ModelFormula {
        variables = List.copyOf(variables);
        List<List<String>> t = new ArrayList<>();
        for (List<String> term : terms) {
            t.add(List.copyOf(term));
        }
        terms = List.copyOf(t);
    }

    /**
     * Normalises terms as R's terms.formula does: variables within a term in order of first appearance in the
     * formula, duplicates (also a:b versus b:a, a:a = a) dropped, terms sorted by degree, stable otherwise.
     *
     * @param expanded the terms in the order the formula produced them (a*b already expanded to a, b, a:b)
     */
    public static ModelFormula of(String text, List<List<String>> expanded) {
        LinkedHashSet<String> variables = new LinkedHashSet<>();
        for (List<String> term : expanded) {
            variables.addAll(term);
        }
        List<String> order = List.copyOf(variables);
        List<Set<String>> seen = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (List<String> term : expanded) {
            Set<String> set = new LinkedHashSet<>(term);
            if (set.isEmpty() || seen.contains(set)) {
                continue;
            }
            seen.add(set);
            terms.add(order.stream().filter(set::contains).toList());
        }
        terms.sort(Comparator.comparingInt(List::size));
        return new ModelFormula(text, order, terms);
    }

    /** {@code ~ a + b + ...}: main effects only. */
    public static ModelFormula additive(List<String> variables) {
        List<List<String>> terms = variables.stream().map(List::of).toList();
        return of(variables.isEmpty() ? "~ 1" : "~ " + String.join(" + ", variables), terms);
    }

    /** {@code ~ 1}. */
    public static ModelFormula interceptOnly() {
        return new ModelFormula("~ 1", List.of(), List.of());
    }

    public boolean hasInteractions() {
        return terms.stream().anyMatch(t -> t.size() > 1);
    }

    public boolean isInterceptOnly() {
        return terms.isEmpty();
    }

    /** The formula as R prints it: {@code ~ a + b + a:b}. */
    public String canonical() {
        if (terms.isEmpty()) {
            return "~ 1";
        }
        return "~ " + String.join(" + ", terms.stream().map(t -> String.join(":", t)).toList());
    }
}
