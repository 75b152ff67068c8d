package org.gluegraph.web;

import graphql.scalars.ExtendedScalars;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars, the document cache with its fragment check, and the depth and cost limits of every operation. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfig {

    /** The total length of the documents the parsed-document cache keeps (characters). */
    private static final long DOCUMENT_CACHE_CHARS = 16_000_000;

    @Bean
    RuntimeWiringConfigurer jsonScalar() {
        return wiring -> wiring.scalar(ExtendedScalars.Json);
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCache(GraphQlProperties props) {
        DocumentShape shape = new DocumentShape(props.maxFragments(), props.maxFragmentDepth());
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(
                new DocumentCache(DOCUMENT_CACHE_CHARS, shape)));
    }

    @Bean
    QueryLimits queryLimits(GraphQlProperties props, ObjectProvider<FieldCost> costs) {
        if (props.maxComplexity() >= QueryLimits.FIELD_CAP) {
            throw new IllegalStateException("gluegraph.graphql.max-complexity: expected less than "
                    + QueryLimits.FIELD_CAP + ", got " + props.maxComplexity());
        }
        return new QueryLimits(props, costs.orderedStream().toList());
    }
}
