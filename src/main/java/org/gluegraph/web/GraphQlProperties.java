package org.gluegraph.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gluegraph.graphql.*}: the limits that keep one request from occupying the server. Callers without an API
 * key get the smaller caps of {@link Anonymous}. The defaults are stated here only.
 *
 * @param maxDepth deepest selection a document may have (introspection is not counted: graphql-java bounds it)
 * @param maxComplexity the cost one operation may have: 1 per field, lists by their length, enrichment and
 *        traversals by the work they ask for ({@link FieldCost})
 * @param maxPageSize the largest {@code first} of a connection, and of a result list
 * @param maxHops the longest path {@code mechanism} and {@code graphView} follow (at most 8)
 * @param maxFragments the most fragment definitions a document may have
 * @param maxFragmentDepth the deepest nesting of fragment spreads (a fragment spreading one that spreads another...)
 * @param requestTimeout the time one request may work (database and computation); then it is stopped
 * @param expensiveCost an operation of at least this cost is expensive: it needs one of the permits below
 * @param maxConcurrentExpensive how many expensive operations run at once (others wait up to {@code queueWait},
 *        then get the retryable TRY_LATER)
 * @param queueWait how long an expensive operation waits for a permit
 * @param anonymous the smaller caps of callers without a key
 */
@ConfigurationProperties("gluegraph.graphql")
public record GraphQlProperties(
        @DefaultValue("10") int maxDepth,
        @DefaultValue("2000") int maxComplexity,
        @DefaultValue("500") int maxPageSize,
        @DefaultValue("6") int maxHops,
        @DefaultValue("100") int maxFragments,
        @DefaultValue("10") int maxFragmentDepth,
        @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("300") int expensiveCost,
        @DefaultValue("2") int maxConcurrentExpensive,
        @DefaultValue("2s") Duration queueWait,
        @DefaultValue Anonymous anonymous) {

    /**
     * @param maxComplexity the cost an anonymous operation may have
     * @param requestTimeout the time an anonymous request may work
     * @param maxConcurrentExpensive how many expensive anonymous operations run at once (they count against
     *        {@code maxConcurrentExpensive} too, so keyed callers always keep the rest)
     */
    public record Anonymous(
            @DefaultValue("500") int maxComplexity,
            @DefaultValue("10s") Duration requestTimeout,
            @DefaultValue("1") int maxConcurrentExpensive) {
    }
}
