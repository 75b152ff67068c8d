package org.gluegraph.enrichment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class EnrichmentController {

    private final EnrichmentService enrichment;

    EnrichmentController(EnrichmentService enrichment) {
        this.enrichment = enrichment;
    }

    @QueryMapping
    EnrichmentAnswer enrichment(@Argument EnrichmentRequest input) {
        return enrichment.enrich(input);
    }
}
