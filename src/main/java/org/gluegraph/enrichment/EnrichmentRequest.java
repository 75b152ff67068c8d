package org.gluegraph.enrichment;

import java.util.List;

/** The GraphQL EnrichmentInput. */
public record EnrichmentRequest(String method, List<String> genes, List<String> universe, String contrast,
        String direction, Double padjBelow, List<RankedGene> ranked, List<String> collections, Integer minSize,
        Integer maxSize, Integer permutations, Integer seed, Integer first) {

    public record RankedGene(String gene, double score) {
    }
}
