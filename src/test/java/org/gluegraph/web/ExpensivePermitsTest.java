package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import graphql.execution.AbortExecutionException;
import org.junit.jupiter.api.Test;

/** The bound on expensive operations at once: anonymous ones take at most their share, a refusal is TRY_LATER. */
class ExpensivePermitsTest {

    private static QueryLimits limits(int all, int anonymous) {
        return new QueryLimits(new GraphQlProperties(10, 2000, 500, 6, 100, 10, Duration.ofSeconds(30), 300, all,
                Duration.ofMillis(20), new GraphQlProperties.Anonymous(500, Duration.ofSeconds(10), anonymous)),
                List.of());
    }

    private static void busy(Runnable r, String... words) {
        assertThatThrownBy(r::run).isInstanceOf(AbortExecutionException.class).satisfies(e -> {
            var error = ((AbortExecutionException) e).getUnderlyingErrors().get(0);
            @SuppressWarnings("unchecked")
            var extensions = (java.util.Map<String, Object>) error.toSpecification().get("extensions");
            assertThat(extensions).containsEntry("classification", "TRY_LATER")
                    .containsEntry("retryable", true).containsKey("retryAfterSeconds");
            for (String w : words) {
                assertThat(error.getMessage()).contains(w);
            }
        });
    }

    @Test
    void anonymousCallersNeverTakeTheLastPermits() {
        QueryLimits l = limits(2, 1);
        Runnable anonymous = l.acquire(true);
        busy(() -> l.acquire(true), "anonymous.max-concurrent-expensive", "without a key");
        Runnable keyed = l.acquire(false); // the permit anonymous callers cannot have
        busy(() -> l.acquire(false), "gluegraph.graphql.max-concurrent-expensive");
        busy(() -> l.acquire(true));
        anonymous.run();
        Runnable again = l.acquire(false);
        keyed.run();
        again.run();
        l.acquire(true).run();
    }

    @Test
    void aRefusedAnonymousCallerGivesBackWhatItHeld() {
        QueryLimits l = limits(1, 1);
        Runnable keyed = l.acquire(false);
        busy(() -> l.acquire(true)); // got the anonymous permit, not the shared one: must return the first
        keyed.run();
        l.acquire(true).run();
    }
}
