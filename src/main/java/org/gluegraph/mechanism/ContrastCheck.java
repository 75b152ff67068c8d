package org.gluegraph.mechanism;

import java.util.List;

import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;

/** Every prediction of the curated graph (of one drug or all) checked against one contrast, with the tallies. */
public record ContrastCheck(String contrastId, double padjBelow, List<Item> items) {

    /** One prediction: a mechanism end point or a resistance gene, the claim that predicts it and the verdict. */
    public record Item(Gene gene, String claimId, Drug drug, Kind kind, int predictedSign, ExpressionResult observed,
                       ExpressionCheck verdict) {
    }

    /**
     * A mechanism end point predicts the drug's effect (a treated-vs-control contrast tests it); a resistance gene
     * predicts resistant-vs-sensitive differences.
     */
    public enum Kind { MECHANISM, RESISTANCE }

    private int count(ExpressionCheck v) {
        return (int) items.stream().filter(i -> i.verdict() == v).count();
    }

    public int supported() {
        return count(ExpressionCheck.SUPPORTED);
    }

    public int contradicted() {
        return count(ExpressionCheck.CONTRADICTED);
    }

    public int notSignificant() {
        return count(ExpressionCheck.NOT_SIGNIFICANT);
    }

    public int notMeasured() {
        return count(ExpressionCheck.NOT_MEASURED);
    }

    public int notPredicted() {
        return count(ExpressionCheck.NOT_PREDICTED);
    }
}
