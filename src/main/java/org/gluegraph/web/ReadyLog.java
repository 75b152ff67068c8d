package org.gluegraph.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One line when the service answers: where the API, GraphiQL and the pages are. */
@Component
class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            String base = "http://localhost:" + web.getWebServer().getPort();
            log.info("GlueGraph ready: API {}/graphql, GraphiQL {}/graphiql, pages {}/ ({} s after start)", base, base,
                    base, String.format(java.util.Locale.ROOT, "%.1f", event.getTimeTaken().toMillis() / 1000.0));
        }
    }
}
