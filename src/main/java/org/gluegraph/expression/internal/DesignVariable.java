package org.gluegraph.expression.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * One sample-sheet column used in a design, as R holds it in colData: a factor (levels in R's order, the first
 * being the reference) or a numeric covariate (fitted as one model-matrix column with its values, not centred).
 */
public sealed interface DesignVariable permits DesignVariable.Factor, DesignVariable.Numeric {

    /** Values per sample, in the input's sample order. */
    int samples();

    /**
     * @param levels distinct values in R's level order (levels(f)); the first is the reference level
     * @param values the level of each sample
     */
    record Factor(List<String> levels, List<String> values) implements DesignVariable {

        public Factor {
            levels = List.copyOf(levels);
            values = List.copyOf(values);
            if (levels.size() != new LinkedHashSet<>(levels).size()) {
                throw new DeseqInputException("factor levels must be distinct, got " + levels);
            }
            for (String v : values) {
                if (!levels.contains(v)) {
                    throw new DeseqInputException("value '" + v + "' is not one of the factor's levels " + levels);
                }
            }
        }

        /** factor(values): levels sorted as R sorts strings by default. */
        public static Factor of(List<String> values) {
            TreeSet<String> levels = new TreeSet<>(ModelMatrix.LEVEL_ORDER);
            levels.addAll(values);
            return new Factor(List.copyOf(levels), values);
        }

        /** relevel(f, ref): the given level first, the others in their order. */
        public Factor relevel(String reference) {
            if (!levels.contains(reference)) {
                throw new DeseqInputException("reference level '" + reference + "' is not a level " + levels);
            }
            List<String> l = new java.util.ArrayList<>(levels);
            l.remove(reference);
            l.add(0, reference);
            return new Factor(l, values);
        }

        public String reference() {
            return levels.get(0);
        }

        @Override
        public int samples() {
            return values.size();
        }
    }

    /** A numeric covariate; every value finite. */
    record Numeric(double[] values) implements DesignVariable {

        public Numeric {
            values = values.clone();
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new DeseqInputException("numeric covariate values must be finite, got " + v);
                }
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public int samples() {
            return values.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Numeric n && Arrays.equals(values, n.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Numeric" + Arrays.toString(values);
        }
    }
}
