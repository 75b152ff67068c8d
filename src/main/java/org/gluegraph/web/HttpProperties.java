package org.gluegraph.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gluegraph.http.*}: what the HTTP endpoints accept. The defaults are stated here only.
 *
 * @param allowedOrigins origins whose pages may call {@code /graphql} and {@code /api/} from a browser (CORS), e.g.
 *        {@code https://lab.example.org}; empty (the default) allows none, so only same-origin pages and
 *        non-browser clients reach the API
 * @param maxRequestSize the largest GraphQL request body; a larger one is refused with 413 before it is read
 * @param rateLimit requests per second to {@code /graphql} and {@code /api/}
 */
@ConfigurationProperties("gluegraph.http")
public record HttpProperties(
        @DefaultValue({}) List<String> allowedOrigins,
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue RateLimit rateLimit) {

    /**
     * Token buckets (Bucket4j): each API key, and each client address without a key, may send {@code perSecond}
     * requests a second on average and up to {@code burstSeconds} seconds' worth at once; over it, 429
     * TOO_MANY_REQUESTS with Retry-After. 0 switches the limit off.
     *
     * @param keyedPerSecond per API key
     * @param anonymousPerSecond per client address, for requests without a (known) key
     * @param burstSeconds how many seconds' worth of requests a bucket holds
     * @param anonymousConcurrent how many requests without a key are served at once, all addresses together (absent:
     *        half the CPUs, at least 1; 0: no bound): whatever anonymous callers send, keyed callers keep the rest
     * @param anonymousQueueWait how long a request without a key waits for one of those places before TRY_LATER
     */
    public record RateLimit(
            @DefaultValue("50") int keyedPerSecond,
            @DefaultValue("10") int anonymousPerSecond,
            @DefaultValue("5") int burstSeconds,
            Integer anonymousConcurrent,
            @DefaultValue("2s") java.time.Duration anonymousQueueWait) {

        public RateLimit {
            if (anonymousConcurrent != null && anonymousConcurrent < 0) {
                throw new IllegalArgumentException("gluegraph.http.rate-limit.anonymous-concurrent: expected 0 (no "
                        + "bound) or a positive number of requests, found " + anonymousConcurrent);
            }
            if (anonymousQueueWait.isNegative()) {
                throw new IllegalArgumentException("gluegraph.http.rate-limit.anonymous-queue-wait: expected a "
                        + "duration of 0 or more, found " + anonymousQueueWait);
            }
        }

        /** The bound in force: the setting, or half the CPUs (at least 1); 0 for none. */
        public int anonymousConcurrentInForce() {
            return anonymousConcurrent != null ? anonymousConcurrent
                    : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        }
    }
}
