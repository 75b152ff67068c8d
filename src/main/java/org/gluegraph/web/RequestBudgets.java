package org.gluegraph.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gluegraph.graph.Graph;
import org.gluegraph.security.ApiKeys;
import org.gluegraph.shared.Budget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every GraphQL request works under a time budget ({@link Budget}: {@code gluegraph.graphql.request-timeout}, or
 * the anonymous one) that the database access and the engines' loops obey. A watchdog looks at the requests in
 * flight every {@link #WATCH_EVERY}: when a client has closed its connection the request's budget is called off
 * (its Java work stops at the next check) and its running database transactions are terminated.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
public class RequestBudgets extends OncePerRequestFilter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RequestBudgets.class);
    static final Duration WATCH_EVERY = Duration.ofMillis(200);

    private final String path;
    private final ApiKeys keys;
    private final Graph graph;
    private final Duration keyed;
    private final Duration anonymous;
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong disconnects = new AtomicLong();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "request-watchdog");
        t.setDaemon(true);
        return t;
    });

    /**
     * A request being worked on: its budget and its probe, asked only while {@code done} is false and the answer
     * has not been sent (after that the client may already send its next request on the connection, which the
     * probe would take for a departure).
     */
    private static final class InFlight {
        final Budget budget;
        final BooleanSupplier probe;
        final HttpServletResponse response;
        boolean done;

        InFlight(Budget budget, BooleanSupplier probe, HttpServletResponse response) {
            this.budget = budget;
            this.probe = probe;
            this.response = response;
        }
    }

    RequestBudgets(@Value("${spring.graphql.http.path:/graphql}") String path, ApiKeys keys, Graph graph,
            GraphQlProperties props) {
        this.path = path;
        this.keys = keys;
        this.graph = graph;
        this.keyed = props.requestTimeout();
        this.anonymous = props.anonymous().requestTimeout();
        watchdog.scheduleWithFixedDelay(this::watch, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(path.equals(request.getRequestURI()) && "POST".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean withKey = keys.caller(request.getHeader("Authorization")).authenticated();
        Budget budget = Budget.open(UUID.randomUUID().toString(), withKey ? keyed : anonymous, withKey
                ? "gluegraph.graphql.request-timeout" : "gluegraph.graphql.anonymous.request-timeout");
        BooleanSupplier probe = request.getAttribute(ConnectionProbe.ATTRIBUTE) instanceof BooleanSupplier p ? p : null;
        if (probe != null) {
            budget.disconnectedWhen(probe);
        }
        InFlight entry = new InFlight(budget, probe, response);
        inFlight.add(entry);
        try {
            chain.doFilter(request, response);
        } finally {
            synchronized (entry) {
                entry.done = true;
            }
            inFlight.remove(entry);
            Budget.close();
        }
    }

    private void watch() {
        List<String> calledOff = new ArrayList<>();
        for (InFlight e : inFlight) {
            synchronized (e) {
                if (e.done) {
                    continue;
                }
                if (e.probe != null && !e.budget.cancelled() && !e.response.isCommitted()) {
                    try {
                        boolean gone = e.budget.probeDisconnected();
                        log.debug("probe of {}: {}", e.budget.id(), gone);
                        if (gone) {
                            disconnects.incrementAndGet();
                            log.info("Request {}: the client closed the connection; its work is stopped",
                                    e.budget.id());
                        }
                    } catch (RuntimeException ex) {
                        log.debug("connection probe failed", ex);
                    }
                }
                if (e.budget.cancelled()) {
                    calledOff.add(e.budget.id());
                }
            }
        }
        if (!calledOff.isEmpty()) {
            // every tick while they are in flight: a transaction may start after an earlier look found none
            try {
                int n = graph.terminate(calledOff);
                if (n > 0) {
                    log.info("Terminated {} database transaction(s) of requests called off", n);
                }
            } catch (RuntimeException ex) {
                log.warn("Could not terminate the transactions of requests {}: {}", calledOff, ex.toString());
            }
        }
    }

    /** Requests whose client went away while they were worked on, since the start (for tests and the log). */
    public long disconnects() {
        return disconnects.get();
    }

    /** Requests being worked on now. */
    public int inFlight() {
        return inFlight.size();
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
    }
}
