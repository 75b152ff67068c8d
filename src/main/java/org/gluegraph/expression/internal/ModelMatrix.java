package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The design matrix of an additive model of categorical factors, as R's model.matrix with treatment contrasts:
 * an intercept, then one indicator column per non-reference level of each factor in formula order.
 * Levels are ordered as R orders them by default, the first being the reference, so that fits (which carry
 * DESeq2's tiny ridge penalty on each coefficient) are the same as DESeq2's; the contrast is then a vector over
 * the coefficients.
 */
record ModelMatrix(double[][] x, List<String> columns, List<String> columnFactor, List<String> columnLevel,
        double[] contrast, int[] cellOfSample, int[] cellSizes) {

    /** R's default level order (sort of the level names); the first level is the reference. */
    static final java.util.Comparator<String> LEVEL_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder());

    static ModelMatrix build(List<String> design, Map<String, List<String>> factors, ContrastSpec contrast,
            int samples) {
        if (!design.contains(contrast.factor())) {
            throw new DeseqInputException("contrast factor '" + contrast.factor() + "' is not in the design ~ "
                    + String.join(" + ", design));
        }
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> colFactor = new ArrayList<>();
        List<String> colLevel = new ArrayList<>();
        double[] intercept = new double[samples];
        Arrays.fill(intercept, 1);
        cols.add(intercept);
        names.add("Intercept");
        colFactor.add(null);
        colLevel.add(null);
        int numeratorColumn = -1;
        int denominatorColumn = -1;
        for (String factor : design) {
            List<String> levelOf = factors.get(factor);
            if (levelOf == null || levelOf.size() != samples) {
                throw new DeseqInputException("design factor '" + factor + "' has no level for every sample");
            }
            TreeSet<String> levels = new TreeSet<>(LEVEL_ORDER);
            levels.addAll(levelOf);
            String reference = levels.first();
            if (factor.equals(contrast.factor())) {
                for (String level : List.of(contrast.numerator(), contrast.denominator())) {
                    if (!levels.contains(level)) {
                        throw new DeseqInputException("contrast level '" + level + "' is not a level of factor '"
                                + factor + "' (levels: " + String.join(", ", levels) + ")");
                    }
                }
                if (contrast.numerator().equals(contrast.denominator())) {
                    throw new DeseqInputException("contrast compares level '" + contrast.numerator()
                            + "' with itself");
                }
            }
            for (String level : levels) {
                if (level.equals(reference)) {
                    continue;
                }
                double[] col = new double[samples];
                for (int s = 0; s < samples; s++) {
                    col[s] = levelOf.get(s).equals(level) ? 1 : 0;
                }
                if (factor.equals(contrast.factor()) && level.equals(contrast.numerator())) {
                    numeratorColumn = cols.size();
                }
                if (factor.equals(contrast.factor()) && level.equals(contrast.denominator())) {
                    denominatorColumn = cols.size();
                }
                cols.add(col);
                names.add(factor + "_" + level + "_vs_" + reference);
                colFactor.add(factor);
                colLevel.add(level);
            }
        }
        int p = cols.size();
        double[][] x = new double[samples][p];
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < p; c++) {
                x[s][c] = cols.get(c)[s];
            }
        }
        if (SmallMatrix.cholesky(SmallMatrix.crossprod(x, ones(samples))) == null) {
            throw new DeseqInputException("the design ~ " + String.join(" + ", design)
                    + " is not of full rank: some factor levels are confounded (every level of one factor occurs"
                    + " with the same levels of another); remove or combine factors");
        }
        if (samples <= p) {
            throw new DeseqInputException("the design ~ " + String.join(" + ", design) + " has " + p
                    + " coefficients for " + samples + " samples: no replicates to estimate dispersion");
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
        double[] contrastVector = new double[p];
        if (numeratorColumn >= 0) {
            contrastVector[numeratorColumn] = 1;
        }
        if (denominatorColumn >= 0) {
            contrastVector[denominatorColumn] = -1;
        }
        return new ModelMatrix(x, List.copyOf(names), colFactor, colLevel, contrastVector, cellOf, sizes);
    }

    /**
     * The expanded model matrix of DESeq2's normal prior: an intercept and one column for every level of every
     * factor (not of full rank; the prior makes the fit unique). The contrast is +1/-1 on its two levels.
     */
    ModelMatrix expanded(List<String> design, Map<String, List<String>> factors, ContrastSpec contrastSpec) {
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
            List<String> levelOf = factors.get(factor);
            TreeSet<String> levels = new TreeSet<>(LEVEL_ORDER);
            levels.addAll(levelOf);
            for (String level : levels) {
                double[] col = new double[m];
                for (int s = 0; s < m; s++) {
                    col[s] = levelOf.get(s).equals(level) ? 1 : 0;
                }
                cols.add(col);
                names.add(factor + level);
                colFactor.add(factor);
                colLevel.add(level);
            }
        }
        int p = cols.size();
        double[][] xe = new double[m][p];
        double[] c = new double[p];
        for (int k = 0; k < p; k++) {
            for (int s = 0; s < m; s++) {
                xe[s][k] = cols.get(k)[s];
            }
            if (contrastSpec.factor().equals(colFactor.get(k))) {
                if (colLevel.get(k).equals(contrastSpec.numerator())) {
                    c[k] = 1;
                } else if (colLevel.get(k).equals(contrastSpec.denominator())) {
                    c[k] = -1;
                }
            }
        }
        return new ModelMatrix(xe, List.copyOf(names), colFactor, colLevel, c, cellOfSample, cellSizes);
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
