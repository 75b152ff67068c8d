package org.gluegraph.enrichment;

import java.util.List;

/** The GraphQL EnrichmentInput. */
public record EnrichmentRequest(String method, List<String> genes, List<String> universe, String contrast,
        String direction, Double padjBelow, List<RankedGene> ranked, List<String> collections, Integer minSize,
        Integer maxSize, Integer permutations, Integer seed, Integer first) {

    public record RankedGene(String gene, double score) {
    }

    /** How many identifiers the request carries (its genes, universe and ranked list). */
    public int inputSize() {
        return (genes == null ? 0 : genes.size()) + (universe == null ? 0 : universe.size())
                + (ranked == null ? 0 : ranked.size());
    }
}
