package org.gluegraph.enrichment;

import java.util.List;

import org.gluegraph.gene.Gene;
import org.gluegraph.gene.GeneResolution;
import org.gluegraph.pathway.Pathway;

/** The GraphQL EnrichmentResult. */
public record EnrichmentAnswer(String method, int querySize, int universeSize, int setsTested, List<String> unmatched,
        List<GeneResolution.AmbiguousTerm> ambiguous, List<String> outsideUniverse, List<CollectionVersion> collections,
        List<PathwayEnrichment> results) {

    public record CollectionVersion(String name, String version) {
    }

    /** hitRanks and runningScore: GSEA only (null for ORA); 1-based ranks and the running sum just after each. */
    public record PathwayEnrichment(Pathway pathway, int setSize, int overlap, double expected, Double foldEnrichment,
            double pValue, double padj, List<Gene> genes, Double enrichmentScore, Double nes, List<Integer> hitRanks,
            List<Double> runningScore) {
    }
}
