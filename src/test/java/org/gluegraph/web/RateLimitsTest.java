package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gluegraph.security.ApiKeys;
import org.gluegraph.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Token buckets per key and per anonymous address, checked before anything reads the body. */
class RateLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RateLimits filter = new RateLimits(
            new ApiKeys(new SecurityProperties("reader-key-1:rita:READER,reader-key-2:ravi:READER", "", false)),
            new HttpProperties(List.of(), DataSize.ofMegabytes(2), new HttpProperties.RateLimit(2, 1, 2, null, java.time.Duration.ofSeconds(2))),
            "/graphql");

    private MockHttpServletResponse send(String path, String address, String key) throws Exception {
        var request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        request.addHeader("Accept", "application/graphql-response+json");
        if (key != null) {
            request.addHeader("Authorization", "Bearer " + key);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void anonymousCallersHaveTheSmallerBucketPerAddress() throws Exception {
        // 1 a second, 2 seconds' worth at once
        assertThat(send("/graphql", "10.0.0.1", null).getStatus()).isEqualTo(200);
        assertThat(send("/graphql", "10.0.0.1", null).getStatus()).isEqualTo(200);
        var refused = send("/graphql", "10.0.0.1", null);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 2);
        assertThat(refused.getContentType()).startsWith("application/graphql-response+json");
        JsonNode error = JSON.readTree(refused.getContentAsByteArray()).path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(error.path("extensions").path("retryable").asBoolean()).isTrue();
        assertThat(error.path("message").asText()).contains("anonymous-per-second").contains("10.0.0.1");
        // another address has its own bucket, and so has a key sent from the same address
        assertThat(send("/graphql", "10.0.0.2", null).getStatus()).isEqualTo(200);
        assertThat(send("/graphql", "10.0.0.1", "reader-key-1").getStatus()).isEqualTo(200);
    }

    @Test
    void eachKeyHasItsOwnBucketWhateverTheAddress() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(send("/api/datasets", "10.0.1." + i, "reader-key-2").getStatus()).isEqualTo(200);
        }
        var refused = send("/api/datasets", "10.0.1.9", "reader-key-2");
        assertThat(refused.getStatus()).isEqualTo(429);
        JsonNode body = JSON.readTree(refused.getContentAsByteArray());
        assertThat(body.path("classification").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(body.path("message").asText()).contains("'ravi'").contains("keyed-per-second");
        assertThat(send("/api/datasets", "10.0.1.9", "reader-key-1").getStatus()).isEqualTo(200);
    }

    @Test
    void otherPathsAreNotCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("/graphiql", "10.0.2.1", null).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void callersWithoutAKeyShareABoundedNumberOfPlacesKeyedCallersDoNot() throws Exception {
        // one place for all anonymous callers, a 200 ms wait for it; no per-second limit in the way
        RateLimits bounded = new RateLimits(
                new ApiKeys(new SecurityProperties("reader-key-1:rita:READER", "", false)),
                new HttpProperties(List.of(), DataSize.ofMegabytes(2),
                        new HttpProperties.RateLimit(0, 0, 1, 1, java.time.Duration.ofMillis(200))),
                "/graphql");
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch leave = new java.util.concurrent.CountDownLatch(1);
        jakarta.servlet.FilterChain slow = (req, res) -> {
            inside.countDown();
            try {
                leave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = new Thread(() -> {
            try {
                var request = new MockHttpServletRequest("POST", "/graphql");
                request.setRemoteAddr("10.0.3.1");
                bounded.doFilter(request, new MockHttpServletResponse(), slow);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        first.start();
        assertThat(inside.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        try {
            // another address without a key waits, then gets the retryable TRY_LATER
            var request = new MockHttpServletRequest("POST", "/graphql");
            request.setRemoteAddr("10.0.3.2");
            var refused = new MockHttpServletResponse();
            long t0 = System.nanoTime();
            bounded.doFilter(request, refused, new MockFilterChain());
            assertThat((System.nanoTime() - t0) / 1e6).isGreaterThanOrEqualTo(190);
            JsonNode error = JSON.readTree(refused.getContentAsByteArray()).path("errors").path(0);
            assertThat(error.path("extensions").path("classification").asText()).isEqualTo("TRY_LATER");
            assertThat(error.path("extensions").path("retryable").asBoolean()).isTrue();
            assertThat(error.path("message").asText()).contains("anonymous-concurrent");
            // a keyed caller is served at once
            var keyed = new MockHttpServletRequest("POST", "/graphql");
            keyed.addHeader("Authorization", "Bearer reader-key-1");
            var served = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            bounded.doFilter(keyed, served, chain);
            assertThat(chain.getRequest()).isNotNull();
        } finally {
            leave.countDown();
            first.join();
        }
        // the place is free again
        var request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr("10.0.3.2");
        MockFilterChain chain = new MockFilterChain();
        bounded.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
