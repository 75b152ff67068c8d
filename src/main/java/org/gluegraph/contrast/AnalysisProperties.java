package org.gluegraph.contrast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gluegraph.analysis.*}: differential-expression runs over HTTP ({@code runDifferentialExpression}). The
 * defaults are stated here only.
 *
 * @param timeout how long one run may take, reading the files and attaching the result included (it replaces the
 *        request's shorter budget; the run stops between steps when it is spent or its client has gone)
 * @param maxConcurrent how many runs at once; another gets the retryable TRY_LATER
 */
@ConfigurationProperties("gluegraph.analysis")
public record AnalysisProperties(
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("1") int maxConcurrent) {
}
