package org.gluegraph.expression.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * X' diag(w) X for a fixed design X. Samples with identical design rows form a cell, so the product is the
 * per-cell sums of w times each cell's outer product x_c x_c': O(samples + cells p^2) per call instead of
 * O(samples p^2). The dispersion search and the GLM need it for every gene at every step.
 */
final class Gram {

    private final int p;
    private final int packed;
    private final int cells;
    private final int[] cellOf;
    private final double[][] cellRow;
    private final double[] outer;

    Gram(double[][] x) {
        int m = x.length;
        p = x[0].length;
        packed = p * (p + 1) / 2;
        cellOf = new int[m];
        Map<String, Integer> ids = new HashMap<>();
        double[][] rows = new double[m][];
        for (int j = 0; j < m; j++) {
            int id = ids.computeIfAbsent(Arrays.toString(x[j]), k -> ids.size());
            cellOf[j] = id;
            rows[id] = x[j].clone();
        }
        cells = ids.size();
        cellRow = Arrays.copyOf(rows, cells);
        outer = new double[cells * packed];
        for (int c = 0; c < cells; c++) {
            int k = c * packed;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b <= a; b++) {
                    outer[k++] = cellRow[c][a] * cellRow[c][b];
                }
            }
        }
    }

    int cells() {
        return cells;
    }

    int cellOf(int sample) {
        return cellOf[sample];
    }

    /** The design row shared by the samples of a cell (do not modify). */
    double[] cellRow(int cell) {
        return cellRow[cell];
    }

    /** The distinct rows of X, indexed by cell (not to be modified). */
    double[][] cellRows() {
        return cellRow;
    }

    /** Per-cell sums of per-sample values. */
    double[] sumByCell(double[] w) {
        double[] s = new double[cells];
        for (int j = 0; j < w.length; j++) {
            s[cellOf[j]] += w[j];
        }
        return s;
    }

    double[][] of(double[] w) {
        return ofCells(sumByCell(w));
    }

    /** X' diag(w) X from the per-cell sums of w. */
    double[][] ofCells(double[] cellW) {
        double[] acc = new double[packed];
        for (int c = 0; c < cells; c++) {
            double wc = cellW[c];
            int base = c * packed;
            for (int k = 0; k < packed; k++) {
                acc[k] += wc * outer[base + k];
            }
        }
        double[][] b = new double[p][p];
        int k = 0;
        for (int a = 0; a < p; a++) {
            for (int c = 0; c <= a; c++) {
                b[a][c] = acc[k];
                b[c][a] = acc[k];
                k++;
            }
        }
        return b;
    }

    int coefficients() {
        return p;
    }

    /** X' diag(w) X from the per-cell sums of w, into a row-major p x p array (no allocation). */
    void ofCells(double[] cellW, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int c = 0; c < cells; c++) {
            double wc = cellW[c];
            int k = c * packed;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b <= a; b++) {
                    out[a * p + b] += wc * outer[k++];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                out[b * p + a] = out[a * p + b];
            }
        }
    }

    /** X' v from the per-cell sums of v. */
    double[] crossCells(double[] cellV) {
        double[] b = new double[p];
        for (int c = 0; c < cells; c++) {
            double v = cellV[c];
            double[] row = cellRow[c];
            for (int i = 0; i < p; i++) {
                b[i] += row[i] * v;
            }
        }
        return b;
    }

    /** The linear predictor of each cell, into eta. */
    void linearPredictor(double[] beta, double[] eta) {
        for (int c = 0; c < cells; c++) {
            double v = 0;
            double[] row = cellRow[c];
            for (int i = 0; i < beta.length; i++) {
                v += row[i] * beta[i];
            }
            eta[c] = v;
        }
    }

    /** exp(x_c' beta) for every cell: the means of all samples of a cell differ only by their size factors. */
    double[] expLinearPredictor(double[] beta) {
        double[] e = new double[cells];
        for (int c = 0; c < cells; c++) {
            double eta = 0;
            double[] row = cellRow[c];
            for (int i = 0; i < beta.length; i++) {
                eta += row[i] * beta[i];
            }
            e[c] = Math.exp(eta);
        }
        return e;
    }
}
