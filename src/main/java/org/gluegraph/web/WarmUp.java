package org.gluegraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Runs {@code warm-up/first-requests.graphql} in process on its own thread, started just before the start-up work
 * (migration check and seed, phase 0) and beside it: on a restart the first HTTP request otherwise pays about 2 s
 * of class loading and compiling in GraphQL's engine, the interceptors and the Cypher of a gene look-up. Read-only; it neither delays
 * the start (nobody waits for it) nor fails it (its result and errors are only logged at debug).
 */
@Component
class WarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    /** Absent in the command-line processes, which have no web server: nothing to warm there. */
    private final ObjectProvider<WebGraphQlHandler> handler;
    private volatile boolean running;

    WarmUp(ObjectProvider<WebGraphQlHandler> handler) {
        this.handler = handler;
    }

    @Override
    public void start() {
        running = true;
        WebGraphQlHandler graphQl = handler.getIfAvailable();
        if (graphQl == null) {
            return;
        }
        String document = document();
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                // through the interceptors (caller, limits, budgets) as an anonymous HTTP request would go
                var request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), null,
                        null, Map.of(), new DefaultGraphQlRequest(document), "warm-up", Locale.ROOT);
                var response = graphQl.handleRequest(request).block(Duration.ofSeconds(60));
                log.debug("Warm-up request done in {} ms: {}", (System.nanoTime() - t0) / 1_000_000,
                        response == null ? "no response" : response.getErrors());
            } catch (RuntimeException e) {
                log.debug("Warm-up request failed (harmless): {}", e.toString());
            }
        }, "warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static String document() {
        try (var in = new ClassPathResource("warm-up/first-requests.graphql").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read warm-up/first-requests.graphql", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before GraphStartup (phase 0): its Cypher waits for the embedded server like any other. */
    @Override
    public int getPhase() {
        return -1;
    }
}
