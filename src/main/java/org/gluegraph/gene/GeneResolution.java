package org.gluegraph.gene;

import java.util.List;

/** What a list of typed identifiers matched: each term lands in exactly one of the three lists. */
public record GeneResolution(List<GeneMatch> matches, List<AmbiguousTerm> ambiguous, List<String> unmatched) {

    public record GeneMatch(String term, Gene gene, String matchedOn) {
    }

    public record AmbiguousTerm(String term, List<Gene> candidates) {
    }
}
