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

    RateLimits(ApiKeys keys, HttpProperties props, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.keys = keys;
        this.limits = props.rateLimit();
        this.graphQlPath = graphQlPath;
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
            chain.doFilter(request, response);
            return;
        }
        String who = caller.authenticated() ? "key:" + caller.name() : "address:" + request.getRemoteAddr();
        Bucket bucket = buckets.get(who, k -> Bucket.builder().addLimit(limit -> limit
                .capacity((long) perSecond * Math.max(1, limits.burstSeconds()))
                .refillGreedy(perSecond, Duration.ofSeconds(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        String message = "more than " + perSecond + " requests a second " + (caller.authenticated()
                ? "with the key of '" + caller.name() + "' (gluegraph.http.rate-limit.keyed-per-second)"
                : "from " + request.getRemoteAddr() + " without an API key (gluegraph.http.rate-limit.anonymous-per-second;"
                + " keyed callers get more)") + "; wait and retry";
        boolean graphQl = graphQlPath.equals(request.getRequestURI());
        MediaType type = graphQl ? GraphQlRequestGuard.answerType(request.getHeader("Accept")) : null;
        HttpErrors.write(response, ErrorClassifier.classify(new TooManyRequestsException(message, wait)), graphQl,
                (type == null ? MediaType.APPLICATION_JSON : type).toString());
    }
}
