package org.gluegraph.web;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars, and the depth and complexity limits that keep one request from occupying the server. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfig {

    @Bean
    RuntimeWiringConfigurer jsonScalar() {
        return wiring -> wiring.scalar(ExtendedScalars.Json);
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new DocumentCache(1000)));
    }

    @Bean
    MaxQueryDepthInstrumentation maxDepth(GraphQlProperties props) {
        return new MaxQueryDepthInstrumentation(props.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxComplexity(GraphQlProperties props) {
        return new MaxQueryComplexityInstrumentation(props.maxComplexity());
    }
}
