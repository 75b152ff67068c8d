package org.gluegraph.web;

import java.util.Map;

/**
 * What one field of the schema costs, counted against {@code gluegraph.graphql.max-complexity} before anything
 * runs. A feature whose field computes more than it reads (enrichment, traversals, lists given as arguments)
 * declares a bean; every other field costs 1 plus what is selected under it. Units: one plain field.
 */
public interface FieldCost {

    /** {@code Type.field}, e.g. {@code Query.enrichment}. */
    String coordinates();

    /**
     * @param arguments the field's arguments, defaults applied and variables substituted
     * @param childCost the cost of what is selected under the field, once
     * @return the field's cost, its selection included (e.g. the selection's cost times the items returned)
     */
    long cost(Map<String, Object> arguments, long childCost);

    /** A cost from a function of the arguments and the selection's cost. */
    static FieldCost of(String coordinates, java.util.function.ToLongBiFunction<Map<String, Object>, Long> cost) {
        return new FieldCost() {
            @Override
            public String coordinates() {
                return coordinates;
            }

            @Override
            public long cost(Map<String, Object> arguments, long childCost) {
                return cost.applyAsLong(arguments, childCost);
            }
        };
    }

    /** An input object argument as a map (empty when absent). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> input(Map<String, Object> arguments, String name) {
        return arguments.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /**
     * {@code value} when it lies in [min, max], else {@code min}: a field refuses values out of its range with its own
     * message, so they cost as little as possible here and that message is what the client sees.
     */
    static long inRange(long value, long min, long max) {
        return value < min || value > max ? min : value;
    }

    /** A list-typed argument's length (0 when absent). */
    static int length(Map<String, Object> arguments, String name) {
        return arguments.get(name) instanceof java.util.Collection<?> c ? c.size() : 0;
    }

    /** An integer argument, or the default. */
    static long number(Map<String, Object> arguments, String name, long otherwise) {
        return arguments.get(name) instanceof Number n ? n.longValue() : otherwise;
    }
}
