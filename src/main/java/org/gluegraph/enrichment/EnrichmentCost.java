package org.gluegraph.enrichment;

import java.util.List;
import java.util.Map;

import org.gluegraph.web.FieldCost;
import org.gluegraph.web.Limits;
import org.springframework.stereotype.Component;

/**
 * What {@code enrichment} costs before it runs (units: one plain field; the limit is gluegraph.graphql.max-complexity):
 * ORA reads the collections' sets once (1 per 100 sets tested) and its lists (1 per 1,000 identifiers); GSEA walks
 * every set once per permutation (1 per 2,000 set-permutations: the default 10,000 permutations over all three
 * collections cost about 19,000, over HALLMARK 250; measured 48 s and about a second). The results' selection
 * counts once per ten results asked for.
 */
@Component
class EnrichmentCost implements FieldCost {

    static final long SET_PERMUTATIONS_PER_UNIT = 2_000;

    private final EnrichmentService enrichment;
    private final int maxResults;

    EnrichmentCost(EnrichmentService enrichment, Limits limits) {
        this.enrichment = enrichment;
        this.maxResults = limits.maxPageSize();
    }

    @Override
    public String coordinates() {
        return "Query.enrichment";
    }

    @Override
    public long cost(Map<String, Object> arguments, long childCost) {
        Map<String, Object> in = FieldCost.input(arguments, "input");
        long sets = sets(in);
        long lists = FieldCost.length(in, "genes") + FieldCost.length(in, "universe") + FieldCost.length(in, "ranked");
        long first = FieldCost.inRange(FieldCost.number(in, "first", 50), 1, maxResults);
        long own = 10 + sets / 100 + lists / 1_000;
        if ("GSEA".equals(String.valueOf(in.get("method")))) {
            long permutations = FieldCost.inRange(FieldCost.number(in, "permutations", 10_000), 100, 1_000_000);
            own += permutations * sets / SET_PERMUTATIONS_PER_UNIT + lists / 100;
        }
        return own + (first + 9) / 10 * Math.max(1, childCost);
    }

    /** The sets of the collections asked for (the three built-in by default); unknown names are refused later. */
    private long sets(Map<String, Object> in) {
        List<String> asked = in.get("collections") instanceof List<?> l && !l.isEmpty()
                ? l.stream().map(c -> String.valueOf(c).trim().toUpperCase(java.util.Locale.ROOT)).toList()
                : List.of("REACTOME", "HALLMARK", "WIKIPATHWAYS");
        // uploaded collections weigh as the built-in ones; names the snapshot does not hold count nothing
        return enrichment.snapshot().setCount(asked);
    }
}
