package org.gluegraph.api;

import org.gluegraph.graph.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The configured page-size cap, applied to every connection argument. */
@Component
class Limits {

    private final int maxPageSize;

    Limits(@Value("${gluegraph.graphql.max-page-size:500}") int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    Page page(Integer first, String after) {
        return Page.of(first, after, maxPageSize);
    }
}
