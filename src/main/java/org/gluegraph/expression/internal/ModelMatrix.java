package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The design matrix as R's model.matrix builds it with treatment contrasts, and its columns named as DESeq2 names
 * them (resultsNames): "Intercept"; a factor's main effect as {@code factor_level_vs_reference}; a numeric
 * covariate as its name, one column with its values; an interaction as the product of its variables' columns,
 * named by make.names of R's {@code a1:b2}, e.g. {@code genotypeB.conditiontrt}.
 * Within a term the first variable varies fastest. A factor in a term is coded by contrasts (its non-reference
 * levels) when the term without it is contained in an earlier term (or is empty), otherwise by indicators of all
 * its levels; this is R's rule (Statistical Models in S, p. 38), so that {@code ~ a + a:b} nests b within a.
 * Fits carry DESeq2's tiny ridge on each coefficient, so the matrix must be the same as R's for the same answer.
 *
 * @param columnFactor for a factor's main-effect column its factor, otherwise null
 * @param columnLevel  for a factor's main-effect column its level, otherwise null
 */
record ModelMatrix(double[][] x, List<String> columns, List<String> columnFactor, List<String> columnLevel,
        int[] cellOfSample, int[] cellSizes) {

    /** R's default level order (sort of the level names); the first level is the reference. */
    static final java.util.Comparator<String> LEVEL_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder());

    /** R's qr() tolerance: a column whose residual norm is below 1e-7 of its norm is linearly dependent. */
    private static final double RANK_TOLERANCE = 1e-7;

    static ModelMatrix build(ModelFormula formula, Map<String, DesignVariable> variables, int samples) {
        for (String v : formula.variables()) {
            DesignVariable dv = variables.get(v);
            if (dv == null) {
                throw new DeseqInputException("design variable '" + v + "' of " + formula.text()
                        + " has no values; the variables are " + variables.keySet());
            }
            if (dv.samples() != samples) {
                throw new DeseqInputException("design variable '" + v + "' has " + dv.samples() + " values for "
                        + samples + " samples");
            }
        }
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> colFactor = new ArrayList<>();
        List<String> colLevel = new ArrayList<>();
        cols.add(ones(samples));
        names.add("Intercept");
        colFactor.add(null);
        colLevel.add(null);
        List<List<String>> terms = formula.terms();
        for (int t = 0; t < terms.size(); t++) {
            List<String> term = terms.get(t);
            List<double[]> termCols = new ArrayList<>();
            List<String> termNames = new ArrayList<>();
            termCols.add(ones(samples));
            termNames.add("");
            for (String v : term) {
                DesignVariable dv = variables.get(v);
                List<double[]> nextCols = new ArrayList<>();
                List<String> nextNames = new ArrayList<>();
                if (dv instanceof DesignVariable.Numeric n) {
                    double[] values = n.values();
                    for (int c = 0; c < termCols.size(); c++) {
                        double[] col = termCols.get(c).clone();
                        for (int s = 0; s < samples; s++) {
                            col[s] *= values[s];
                        }
                        nextCols.add(col);
                        nextNames.add(join(termNames.get(c), v));
                    }
                } else {
                    DesignVariable.Factor f = (DesignVariable.Factor) dv;
                    List<String> levels = byContrasts(term, v, terms.subList(0, t))
                            ? f.levels().subList(1, f.levels().size()) : f.levels();
                    for (String level : levels) {
                        for (int c = 0; c < termCols.size(); c++) {
                            double[] col = termCols.get(c).clone();
                            for (int s = 0; s < samples; s++) {
                                if (!f.values().get(s).equals(level)) {
                                    col[s] = 0;
                                }
                            }
                            nextCols.add(col);
                            nextNames.add(join(termNames.get(c), v + level));
                        }
                    }
                }
                termCols = nextCols;
                termNames = nextNames;
            }
            boolean factorMainEffect = term.size() == 1 && variables.get(term.get(0)) instanceof DesignVariable.Factor;
            for (int c = 0; c < termCols.size(); c++) {
                cols.add(termCols.get(c));
                names.add(RNames.makeNames(termNames.get(c)));
                colFactor.add(null);
                colLevel.add(null);
            }
            if (factorMainEffect) {
                // DESeq2's renameModelMatrixColumns: factorLEVEL -> factor_LEVEL_vs_REFERENCE
                DesignVariable.Factor f = (DesignVariable.Factor) variables.get(term.get(0));
                int first = cols.size() - termCols.size();
                for (int c = 0; c < termCols.size(); c++) {
                    String level = f.levels().get(c + 1);
                    names.set(first + c, RNames.makeNames(term.get(0) + "_" + level + "_vs_" + f.reference()));
                    colFactor.set(first + c, term.get(0));
                    colLevel.set(first + c, level);
                }
            }
        }
        int p = cols.size();
        double[][] x = new double[samples][p];
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < p; c++) {
                x[s][c] = cols.get(c)[s];
            }
        }
        for (int c = 0; c < p; c++) {
            double norm = 0;
            for (int s = 0; s < samples; s++) {
                norm += x[s][c] * x[s][c];
            }
            if (norm == 0) {
                throw new DeseqInputException("the design " + formula.text() + " has a column of zeros ('"
                        + names.get(c) + "'): no sample has that combination of levels");
            }
        }
        int dependent = firstDependentColumn(x);
        if (dependent >= 0) {
            throw new DeseqInputException("the design " + formula.text() + " is not of full rank: column '"
                    + names.get(dependent) + "' of the model matrix (" + String.join(", ", names)
                    + ") is a linear combination of the columns before it (confounded variables, or a combination"
                    + " of levels without samples); remove or combine variables");
        }
        // cells: samples with identical rows of the design matrix
        Map<String, Integer> cellIds = new HashMap<>();
        int[] cellOf = new int[samples];
        for (int s = 0; s < samples; s++) {
            cellOf[s] = cellIds.computeIfAbsent(Arrays.toString(x[s]), k -> cellIds.size());
        }
        int[] sizes = new int[cellIds.size()];
        for (int c : cellOf) {
            sizes[c]++;
        }
        return new ModelMatrix(x, List.copyOf(names), colFactor, colLevel, cellOf, sizes);
    }

    /** The term without the variable is empty or contained in an earlier term: code the variable by contrasts. */
    private static boolean byContrasts(List<String> term, String variable, List<List<String>> earlier) {
        List<String> rest = term.stream().filter(v -> !v.equals(variable)).toList();
        if (rest.isEmpty()) {
            return true;
        }
        for (List<String> e : earlier) {
            if (e.containsAll(rest)) {
                return true;
            }
        }
        return false;
    }

    private static String join(String prefix, String part) {
        return prefix.isEmpty() ? part : prefix + ":" + part;
    }

    /**
     * Gram-Schmidt on the columns in order, as R's qr() sees them: the first column whose remainder is below
     * 1e-7 of its norm, or -1 if the matrix has full column rank.
     */
    static int firstDependentColumn(double[][] x) {
        int m = x.length;
        int p = x[0].length;
        List<double[]> basis = new ArrayList<>();
        for (int c = 0; c < p; c++) {
            double[] v = new double[m];
            double norm = 0;
            for (int s = 0; s < m; s++) {
                v[s] = x[s][c];
                norm += v[s] * v[s];
            }
            norm = Math.sqrt(norm);
            for (int pass = 0; pass < 2; pass++) {
                for (double[] q : basis) {
                    double d = 0;
                    for (int s = 0; s < m; s++) {
                        d += q[s] * v[s];
                    }
                    for (int s = 0; s < m; s++) {
                        v[s] -= d * q[s];
                    }
                }
            }
            double rest = 0;
            for (double a : v) {
                rest += a * a;
            }
            rest = Math.sqrt(rest);
            if (!(rest > RANK_TOLERANCE * norm)) {
                return c;
            }
            for (int s = 0; s < m; s++) {
                v[s] /= rest;
            }
            basis.add(v);
        }
        return -1;
    }

    /** Index of a column by its DESeq2 name, or -1. */
    int column(String name) {
        return columns.indexOf(name);
    }

    /**
     * The expanded model matrix of DESeq2's normal prior: an intercept and one column for every level of every
     * factor (not of full rank; the prior makes the fit unique). Only for additive designs of factors.
     */
    ModelMatrix expanded(List<String> design, Map<String, DesignVariable> variables) {
        int m = samples();
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> colFactor = new ArrayList<>();
        List<String> colLevel = new ArrayList<>();
        cols.add(ones(m));
        names.add("Intercept");
        colFactor.add(null);
        colLevel.add(null);
        for (String factor : design) {
            DesignVariable.Factor f = (DesignVariable.Factor) variables.get(factor);
            for (String level : f.levels()) {
                double[] col = new double[m];
                for (int s = 0; s < m; s++) {
                    col[s] = f.values().get(s).equals(level) ? 1 : 0;
                }
                cols.add(col);
                names.add(factor + level);
                colFactor.add(factor);
                colLevel.add(level);
            }
        }
        int p = cols.size();
        double[][] xe = new double[m][p];
        for (int k = 0; k < p; k++) {
            for (int s = 0; s < m; s++) {
                xe[s][k] = cols.get(k)[s];
            }
        }
        return new ModelMatrix(xe, List.copyOf(names), colFactor, colLevel, cellOfSample, cellSizes);
    }

    /** The +1/-1 vector of a factor contrast over this matrix's factor-level columns (expanded matrices). */
    double[] levelContrast(ContrastSpec c) {
        double[] v = new double[coefficients()];
        for (int k = 0; k < v.length; k++) {
            if (c.factor().equals(columnFactor.get(k))) {
                if (columnLevel.get(k).equals(c.numerator())) {
                    v[k] = 1;
                } else if (columnLevel.get(k).equals(c.denominator())) {
                    v[k] = -1;
                }
            }
        }
        return v;
    }

    int samples() {
        return x.length;
    }

    int coefficients() {
        return x[0].length;
    }

    int cells() {
        return cellSizes.length;
    }

    /** nOrMoreInCell: samples whose cell has at least n members. */
    boolean[] inCellOfAtLeast(int n) {
        boolean[] r = new boolean[cellOfSample.length];
        for (int s = 0; s < r.length; s++) {
            r[s] = cellSizes[cellOfSample[s]] >= n;
        }
        return r;
    }

    static double[] ones(int n) {
        double[] o = new double[n];
        Arrays.fill(o, 1);
        return o;
    }
}
