package org.gluegraph.web;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Tells whether a request's client has closed its connection while the request is still being worked on. The
 * servlet API has no such call (a disconnect shows only when the answer is written, after the work), so this valve
 * gives each request a probe that asks Tomcat for a non-blocking read of the socket: once the request body has been
 * read, bytes or an end of stream there mean the client has gone (or pipelines its next request, which no GraphQL
 * client does; such a client would see its request stopped). The probe must only be asked while the request is in
 * progress and its body read ({@link RequestBudgets} guarantees both).
 */
final class ConnectionProbe extends ValveBase {

    /** The request attribute that holds the probe ({@link BooleanSupplier}: true when the client has gone). */
    static final String ATTRIBUTE = ConnectionProbe.class.getName();

    ConnectionProbe() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        BooleanSupplier gone = () -> {
            coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
            return coyote.getAvailable() > 0;
        };
        request.setAttribute(ATTRIBUTE, gone);
        getNext().invoke(request, response);
    }
}
