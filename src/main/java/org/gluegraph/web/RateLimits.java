package org.gluegraph.web;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gluegraph.security.ApiKeys;
import org.gluegraph.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests per second to {@code /graphql} and {@code /api/}, per API key and, for callers without a key, per client
 * address ({@code gluegraph.http.rate-limit.*}; Bucket4j token buckets), checked before the body is read. Over the
 * limit: 429 TOO_MANY_REQUESTS with Retry-After. The buckets of callers not seen for ten minutes are dropped.
 * The address is the connection's: behind a proxy every anonymous caller shares the proxy's bucket.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class RateLimits extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final String graphQlPath;
    private final HttpProperties.RateLimit limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .scheduler(com.github.benmanes.caffeine.cache.Scheduler.systemScheduler()).build();

    /** Places for requests without a key, all addresses together; null when unbounded. */
    private final java.util.concurrent.Semaphore anonymous;

    RateLimits(ApiKeys keys, HttpProperties props, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.keys = keys;
        this.limits = props.rateLimit();
        this.graphQlPath = graphQlPath;
        int places = limits.anonymousConcurrentInForce();
        this.anonymous = places > 0 ? new java.util.concurrent.Semaphore(places, true) : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "OPTIONS".equals(request.getMethod()) || !(uri.equals(graphQlPath) || uri.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = keys.caller(request.getHeader("Authorization"));
        int perSecond = caller.authenticated() ? limits.keyedPerSecond() : limits.anonymousPerSecond();
        if (perSecond <= 0) {
            admit(caller, request, response, chain);
            return;
        }
        String who = caller.authenticated() ? "key:" + caller.name() : "address:" + request.getRemoteAddr();
        Bucket bucket = buckets.get(who, k -> Bucket.builder().addLimit(limit -> limit
                .capacity((long) perSecond * Math.max(1, limits.burstSeconds()))
                .refillGreedy(perSecond, Duration.ofSeconds(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            admit(caller, request, response, chain);
            return;
        }
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        String message = "more than " + perSecond + " requests a second " + (caller.authenticated()
                ? "with the key of '" + caller.name() + "' (gluegraph.http.rate-limit.keyed-per-second)"
                : "from " + request.getRemoteAddr() + " without an API key (gluegraph.http.rate-limit.anonymous-per-second;"
                + " keyed callers get more)") + "; wait and retry";
        refuse(request, response, new TooManyRequestsException(message, wait));
    }

    /**
     * Serves the request; one without a key first takes one of the anonymous places (the abuse run: ten clients
     * without keys parsing 50,000-term lists and 1,200-fragment documents on both cores moved keyed readers' p99
     * from 40-70 ms to 116-130 ms). A place is held while the request is served, its body read included.
     */
    private void admit(Caller caller, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (caller.authenticated() || anonymous == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean placed;
        try {
            placed = anonymous.tryAcquire(limits.anonymousQueueWait().toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            placed = false;
        }
        if (!placed) {
            refuse(request, response, new org.gluegraph.shared.TryLaterException("as many requests without an API "
                    + "key are being served as this server allows (gluegraph.http.rate-limit.anonymous-concurrent); "
                    + "try again in a moment, or send an API key", Duration.ofSeconds(1)));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            anonymous.release();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RuntimeException why)
            throws IOException {
        boolean graphQl = graphQlPath.equals(request.getRequestURI());
        MediaType type = graphQl ? GraphQlRequestGuard.answerType(request.getHeader("Accept")) : null;
        HttpErrors.write(response, ErrorClassifier.classify(why), graphQl,
                (type == null ? MediaType.APPLICATION_JSON : type).toString());
    }
}
