package org.gluegraph.expression.io;

import java.util.Map;
import java.util.Set;

/**
 * How sample-sheet columns enter the design, beyond what their values say.
 *
 * @param factors    columns to fit as factors even though every value is a number (R: factor(x))
 * @param references reference level per factor (R: relevel(f, ref = ...)); otherwise the first level in R's order
 */
public record DesignChoices(Set<String> factors, Map<String, String> references) {

    public DesignChoices {
        factors = Set.copyOf(factors);
        references = Map.copyOf(references);
    }

    public static DesignChoices none() {
        return new DesignChoices(Set.of(), Map.of());
    }
}
