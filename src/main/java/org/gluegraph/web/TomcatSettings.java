package org.gluegraph.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Each request gets a probe that tells whether its client has gone ({@link ConnectionProbe}), and
 * {@code Expect: 100-continue} is answered only when the application reads the body (Tomcat's default answers at
 * once), so a request refused before its body is read (an anonymous upload, one declared too large) is refused
 * before the client sends the body: curl, for one, asks so for every body over 1 MB.
 */
@Component
class TomcatSettings implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
        factory.addContextValves(new ConnectionProbe());
    }
}
