package org.gluegraph.gene;

import java.util.List;

/** What a list of typed identifiers matched: each term lands in exactly one of the three lists. */
public record GeneResolution(List<GeneMatch> matches, List<AmbiguousTerm> ambiguous, List<String> unmatched) {

    public record GeneMatch(String term, Gene gene, String matchedOn) {

        /**
         * Whether a symbol, previous-symbol or alias match has the gene's exact case (ids match as they are). Files
         * (GMT, imports) are written with exact symbols; matching them case-insensitively, as we do for what people
         * type, would take viral and bacterial proteins for human genes (HIV tat for TAT, herpes UL2 for an RPL8
         * alias).
         */
        public boolean exactCase() {
            String t = term.trim();
            return switch (matchedOn) {
                case "symbol" -> gene.symbol().equals(t);
                case "previous" -> gene.previousSymbols().contains(t);
                case "alias" -> gene.aliases().contains(t);
                default -> true;
            };
        }
    }

    public record AmbiguousTerm(String term, List<Gene> candidates) {
    }
}
