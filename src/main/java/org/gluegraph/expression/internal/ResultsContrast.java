package org.gluegraph.expression.internal;

import java.util.List;
import java.util.Map;

/**
 * The reported quantity as a vector over the model's coefficients, found as DESeq2's results() and cleanContrast
 * find it: a coefficient by name (default the last), or a factor contrast, which reads the coefficient
 * factor_N_vs_REF when the denominator is the reference level, its negative when the numerator is, and the
 * difference of two coefficients otherwise.
 *
 * @param zeroTestSamples for a factor contrast, the samples of its two levels (a gene with no reads in any of them
 *                        gets log2 fold change 0, as in DESeq2); null for a coefficient by name
 * @param label           DESeq2's description of the comparison, e.g. "condition treated vs untreated"
 */
record ResultsContrast(double[] vector, boolean[] zeroTestSamples, String label) {

    static ResultsContrast resolve(ModelMatrix design, Map<String, DesignVariable> variables, ModelFormula formula,
            ResultsSpec spec) {
        List<String> names = design.columns();
        int p = names.size();
        if (spec.contrast() == null) {
            String name = spec.name() != null ? spec.name() : names.get(p - 1);
            int k = design.column(name);
            if (k < 0) {
                throw new DeseqInputException("coefficient '" + name + "' is not in resultsNames of the design "
                        + formula.text() + ": " + String.join(", ", names));
            }
            if (k == 0 && spec.name() == null) {
                throw new DeseqInputException("the design " + formula.text() + " has no coefficient besides the"
                        + " intercept to report");
            }
            double[] v = new double[p];
            v[k] = 1;
            return new ResultsContrast(v, null, name.replace('_', ' '));
        }
        ContrastSpec c = spec.contrast();
        String text = "contrast '" + c.factor() + "," + c.numerator() + "," + c.denominator() + "'";
        DesignVariable dv = formula.variables().contains(c.factor()) ? variables.get(c.factor()) : null;
        if (dv == null) {
            throw new DeseqInputException(text + ": '" + c.factor() + "' is not a variable of the design "
                    + formula.text());
        }
        if (!(dv instanceof DesignVariable.Factor f)) {
            throw new DeseqInputException(text + ": '" + c.factor() + "' is a numeric covariate, not a factor;"
                    + " report its coefficient (log2 fold change per unit) by name '" + RNames.makeNames(c.factor())
                    + "', or make it a factor");
        }
        for (String level : List.of(c.numerator(), c.denominator())) {
            if (!f.levels().contains(level)) {
                throw new DeseqInputException(text + ": '" + level + "' is not a level of factor '" + c.factor()
                        + "' (levels: " + String.join(", ", f.levels()) + ")");
            }
        }
        if (c.numerator().equals(c.denominator())) {
            throw new DeseqInputException(text + ": numerator and denominator are the same level");
        }
        double[] v = new double[p];
        String ref = f.reference();
        for (String level : List.of(c.numerator(), c.denominator())) {
            if (level.equals(ref)) {
                continue;
            }
            String column = RNames.makeNames(c.factor() + "_" + level + "_vs_" + ref);
            int k = design.column(column);
            if (k < 0) {
                throw new DeseqInputException(text + ": the model matrix has no main-effect column '" + column
                        + "' (resultsNames: " + String.join(", ", names) + "); report a coefficient by name instead");
            }
            v[k] = level.equals(c.numerator()) ? 1 : -1;
        }
        boolean[] inContrast = new boolean[f.samples()];
        for (int j = 0; j < inContrast.length; j++) {
            String l = f.values().get(j);
            inContrast[j] = l.equals(c.numerator()) || l.equals(c.denominator());
        }
        return new ResultsContrast(v, inContrast, c.factor() + " " + c.numerator() + " vs " + c.denominator());
    }
}
