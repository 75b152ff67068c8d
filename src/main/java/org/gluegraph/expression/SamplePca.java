package org.gluegraph.expression;

import java.util.List;

/**
 * plotPCA(varianceStabilizingTransformation(dds, blind = TRUE), intgroup, returnData = TRUE) of a contrast's
 * samples: PC1 and PC2 of each sample on the most variable genes, and the variance share of each component.
 *
 * @param groupedBy  intgroup: the columns whose levels make a sample's group (joined by ':' as plotPCA does)
 * @param groups     each sample's group, or null when groupedBy is empty
 * @param percentVar the variance shares of PC1 and PC2 (0-1, plotPCA's attr "percentVar")
 * @param genes      genes the PCA used (500, or fewer when there are fewer)
 */
public record SamplePca(List<String> groupedBy, List<String> samples, List<String> groups, double[] pc1,
        double[] pc2, double[] percentVar, int genes) {
}
