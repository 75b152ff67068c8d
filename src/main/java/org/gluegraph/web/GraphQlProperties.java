package org.gluegraph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gluegraph.graphql.*}: the limits that keep one request from occupying the server. The defaults are stated
 * here only.
 *
 * @param maxDepth deepest selection a document may have (introspection is not counted: graphql-java bounds it)
 * @param maxComplexity the cost one operation may have: 1 per field, lists by their length, enrichment and
 *        traversals by the work they ask for ({@link FieldCost})
 * @param maxPageSize the largest {@code first} of a connection, and of a result list
 * @param maxHops the longest path {@code mechanism} and {@code graphView} follow (at most 8)
 * @param maxFragments the most fragment definitions a document may have
 * @param maxFragmentDepth the deepest nesting of fragment spreads (a fragment spreading one that spreads another...)
 */
@ConfigurationProperties("gluegraph.graphql")
public record GraphQlProperties(
        @DefaultValue("10") int maxDepth,
        @DefaultValue("2000") int maxComplexity,
        @DefaultValue("500") int maxPageSize,
        @DefaultValue("6") int maxHops,
        @DefaultValue("100") int maxFragments,
        @DefaultValue("10") int maxFragmentDepth) {
}
