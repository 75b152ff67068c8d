package org.gluegraph.gene;

import org.gluegraph.web.FieldCost;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code resolveGenes} resolves its terms in memory (cheap), but whatever is selected under each match runs per
 * gene: the selection counts once per 100 terms, so 20,000 identifiers with their symbols pass and 50,000 with
 * their pathways do not.
 */
@Configuration(proxyBeanMethods = false)
class GeneCosts {

    @Bean
    FieldCost resolveGenesCost() {
        return FieldCost.of("Query.resolveGenes", (args, child) ->
                1 + (FieldCost.length(args, "terms") + 99) / 100 * Math.max(1, child));
    }
}
