package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;

/**
 * plotPCA(vsd, returnData = TRUE): the ntop (500) genes with the largest variance across samples (rowVars, ties
 * in input order), then prcomp of the samples on those genes, centred and not scaled: the first two principal
 * component scores of every sample and the share of the total variance of each. Computed from the samples'
 * Gram matrix of the centred values (as many samples as dimensions), whose eigenvalues are the squared singular
 * values of prcomp. The sign of each component is arbitrary, as in R; here the largest |score| is positive.
 */
public final class PlotPca {

    /** @param percentVar the variance shares of PC1 and PC2 (R's attr(d, "percentVar")) */
    public record Result(List<String> sampleIds, double[] pc1, double[] pc2, double[] percentVar, int genesUsed) {
    }

    public static final int NTOP = 500;

    private PlotPca() {
    }

    public static Result compute(List<String> sampleIds, double[][] values, int ntop) {
        int genes = values.length;
        int m = sampleIds.size();
        if (m < 2) {
            throw new DeseqInputException("a PCA needs at least two samples");
        }
        if (ntop < 2) {
            throw new DeseqInputException("the PCA needs at least two genes, got ntop = " + ntop);
        }
        double[] rv = new double[genes];
        for (int g = 0; g < genes; g++) {
            double mean = 0;
            for (int j = 0; j < m; j++) {
                mean += values[g][j];
            }
            mean /= m;
            double ss = 0;
            for (int j = 0; j < m; j++) {
                ss += (values[g][j] - mean) * (values[g][j] - mean);
            }
            rv[g] = ss / (m - 1);
        }
        List<Integer> order = new ArrayList<>(genes);
        for (int g = 0; g < genes; g++) {
            order.add(g);
        }
        // stable: ties keep input order, as R's order(rv, decreasing = TRUE)
        order.sort(Comparator.comparingDouble((Integer g) -> rv[g]).reversed());
        int k = Math.min(ntop, genes);
        double[][] centred = new double[m][k];
        for (int i = 0; i < k; i++) {
            int g = order.get(i);
            double mean = 0;
            for (int j = 0; j < m; j++) {
                mean += values[g][j];
            }
            mean /= m;
            for (int j = 0; j < m; j++) {
                centred[j][i] = values[g][j] - mean;
            }
        }
        double[][] gram = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                for (int i = 0; i < k; i++) {
                    s += centred[a][i] * centred[b][i];
                }
                gram[a][b] = s;
                gram[b][a] = s;
            }
        }
        EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(gram));
        double[] lambda = eig.getRealEigenvalues();
        Integer[] byValue = new Integer[m];
        for (int i = 0; i < m; i++) {
            byValue[i] = i;
        }
        java.util.Arrays.sort(byValue, Comparator.comparingDouble((Integer i) -> lambda[i]).reversed());
        double total = 0;
        for (double l : lambda) {
            total += Math.max(l, 0);
        }
        double[][] scores = new double[2][m];
        double[] share = new double[2];
        for (int c = 0; c < 2 && c < m; c++) {
            int idx = byValue[c];
            double l = Math.max(lambda[idx], 0);
            double[] u = eig.getEigenvector(idx).toArray();
            int largest = 0;
            for (int j = 1; j < m; j++) {
                if (Math.abs(u[j]) > Math.abs(u[largest])) {
                    largest = j;
                }
            }
            double sign = u[largest] < 0 ? -1 : 1;
            for (int j = 0; j < m; j++) {
                scores[c][j] = sign * u[j] * Math.sqrt(l);
            }
            share[c] = total == 0 ? Double.NaN : l / total;
        }
        return new Result(List.copyOf(sampleIds), scores[0], scores[1], share, k);
    }
}
