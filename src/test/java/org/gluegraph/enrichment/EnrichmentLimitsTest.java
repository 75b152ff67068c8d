package org.gluegraph.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.gluegraph.graph.Graph;
import org.gluegraph.shared.Budget;
import org.gluegraph.shared.BudgetExceededException;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Identical enrichments come from the cache until the graph changes; a spent budget stops GSEA's workers. */
class EnrichmentLimitsTest extends IntegrationTest {

    @Autowired
    EnrichmentService enrichment;

    @Autowired
    Graph graph;

    private static EnrichmentRequest ora(List<String> genes) {
        return new EnrichmentRequest("ORA", genes, null, null, null, null, null, List.of("HALLMARK"), null, null,
                null, null, 10);
    }

    @Test
    void identicalRequestsAreAnsweredFromTheCacheUntilTheNextWrite() {
        var genes = List.of("ISG15", "IFIT1", "IFIT3", "MX1", "OAS1", "STAT1", "IRF7");
        EnrichmentAnswer first = enrichment.enrich(ora(genes));
        assertThat(enrichment.enrich(ora(List.copyOf(genes)))).isSameAs(first);
        assertThat(enrichment.enrich(ora(List.of("MYC", "IRF4", "CDK6")))).isNotSameAs(first);
        graph.write(tx -> null); // any write advances the graph's version
        EnrichmentAnswer after = enrichment.enrich(ora(genes));
        assertThat(after).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    @org.junit.jupiter.api.Timeout(300) // a guard against a hang: unchecked, these permutations would run for hours
    void aSpentBudgetStopsGseaAndItsWorkers() {
        // a ranked list (no database call under the budget): only the permutations can spend it
        List<EnrichmentRequest.RankedGene> ranked = new java.util.ArrayList<>();
        var genes = enrichment.snapshot().genes();
        for (int i = 0; i < 2_000; i++) {
            ranked.add(new EnrichmentRequest.RankedGene(genes.get(i), 1000.0 - i));
        }
        var request = new EnrichmentRequest("GSEA", null, null, null, null, null, ranked, null, null, null,
                1_000_000, 42, 10);
        Budget.open("gsea-budget-test", Duration.ofMillis(300), "gluegraph.graphql.request-timeout");
        try {
            assertThatThrownBy(() -> enrichment.enrich(request)).isInstanceOf(BudgetExceededException.class)
                    .hasMessageContaining("time budget");
        } finally {
            Budget.close();
        }
    }
}
