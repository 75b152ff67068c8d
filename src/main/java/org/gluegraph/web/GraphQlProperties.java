package org.gluegraph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gluegraph.graphql.*}: the limits that keep one request from occupying the server. The defaults are stated
 * here only.
 *
 * @param maxDepth deepest selection a document may have
 * @param maxComplexity graphql-java's field count limit of one document
 * @param maxPageSize the largest {@code first} of a connection, and of a result list
 * @param maxHops the longest path {@code mechanism} and {@code graphView} follow (at most 8)
 */
@ConfigurationProperties("gluegraph.graphql")
public record GraphQlProperties(
        @DefaultValue("10") int maxDepth,
        @DefaultValue("2000") int maxComplexity,
        @DefaultValue("500") int maxPageSize,
        @DefaultValue("6") int maxHops) {
}
