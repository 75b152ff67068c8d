package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.gluegraph.graph.Graph;
import org.gluegraph.shared.Budget;
import org.gluegraph.shared.BudgetExceededException;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request's work ends with it: the database calls obey its time budget, a request whose client closes the
 * connection is called off (Java work stops at its next check) and its running transactions are terminated.
 * (Waiting loops poll a condition with a generous ceiling; nothing here asserts a duration.)
 */
class RequestBudgetTest extends IntegrationTest {

    @Autowired
    Graph graph;

    @Autowired
    RequestBudgets budgets;

    @Autowired
    org.neo4j.driver.Driver driver;

    @LocalServerPort
    int port;

    private static void eventually(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aSpentBudgetStopsDatabaseCallsWithAClassifiedError() {
        Budget.open("spent-budget-test", Duration.ZERO, "gluegraph.graphql.request-timeout");
        try {
            assertThatThrownBy(() -> graph.readList("query/gene-count", Map.of(), r -> r.get(0).asLong()))
                    .isInstanceOf(BudgetExceededException.class).hasMessageContaining("request-timeout");
            var c = ErrorClassifier.classify(new BudgetExceededException("x", false));
            assertThat(c.classification()).isEqualTo("TIME_BUDGET_EXCEEDED");
            assertThat(c.retryable()).isFalse();
        } finally {
            Budget.close();
        }
        assertThat(graph.readList("query/gene-count", Map.of(), r -> r.get(0).asLong()).get(0)).isPositive();
    }

    @Test
    void aRequestsRunningTransactionsCanBeTerminated() throws Exception {
        var budget = new java.util.concurrent.atomic.AtomicReference<Budget>();
        CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> {
            budget.set(Budget.open("terminate-test", Duration.ofMinutes(5), "test"));
            try {
                return graph.readList("test/slow", Map.of("n", 2_000_000_000L), r -> r.get("n").asLong());
            } finally {
                Budget.close();
            }
        });
        eventually(() -> budget.get() != null, "the request has started");
        eventually(() -> {
            try (var session = driver.session()) {
                return session.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.gluegraphRequest = 'terminate-test' "
                        + "RETURN count(*) AS n").single().get("n").asLong() > 0 || slow.isDone();
            }
        }, "the slow transaction is seen running");
        // as the watchdog does: the budget is called off (so the driver does not retry), then the database told
        budget.get().cancel("test: called off");
        assertThat(graph.terminate(java.util.List.of("terminate-test"))).isEqualTo(1);
        assertThatThrownBy(slow::join).hasCauseInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("called off");
    }

    @Test
    void aRequestWhoseClientLeavesIsCalledOff() throws Exception {
        long before = budgets.disconnects();
        // a keyed GSEA over every collection: seconds of work, within the keyed limits
        String body = "{\"query\": \"{ enrichment(input: {method: GSEA, contrast: \\\"lenalidomide_vs_dmso_synthetic\\\", "
                + "permutations: 900, seed: " + System.nanoTime() % 100_000 + "}) { setsTested } }\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nAuthorization: Bearer " + READER + "\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            eventually(() -> budgets.inFlight() > 0, "the request is being worked on");
        } // the client goes away
        eventually(() -> budgets.disconnects() > before, "the disconnect is noticed");
        eventually(() -> budgets.inFlight() == 0, "the request has ended");
    }
}
