package org.gluegraph.contrast;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gluegraph.security.AccessDeniedException;
import org.gluegraph.security.ApiKeys;
import org.gluegraph.security.Role;
import org.gluegraph.web.HttpErrors;
import org.gluegraph.web.RequestRejectedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload is checked before a byte of its body is read (and so before anything reaches the disk): a CURATOR key
 * (401/403 otherwise) and a declared length within {@code spring.servlet.multipart.max-request-size} (413). The
 * framework parses multipart bodies before the controller runs, so the controller's own check came after the
 * whole upload had been written to temporary files. A client that sends {@code Expect: 100-continue} never sends
 * the body of a refused upload.
 */
@Component
// a servlet filter: only where there is a web server (the batch commands open the graph without one)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class UploadGate extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final long maxBytes;

    UploadGate(ApiKeys keys, ObjectProvider<MultipartProperties> multipart) {
        this.keys = keys;
        // (the batch commands run without the web server, and so without multipart settings)
        MultipartProperties m = multipart.getIfAvailable();
        this.maxBytes = m == null || m.getMaxRequestSize() == null ? -1 : m.getMaxRequestSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/datasets"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            keys.caller(request.getHeader("Authorization")).require(Role.CURATOR, "dataset upload");
        } catch (AccessDeniedException denied) {
            HttpErrors.write(response, denied);
            return;
        }
        if (maxBytes >= 0 && request.getContentLengthLong() > maxBytes) {
            HttpErrors.write(response, new RequestRejectedException(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is "
                    + request.getContentLengthLong() + " bytes; this server accepts at most " + maxBytes
                    + " (spring.servlet.multipart.max-request-size)"));
            return;
        }
        chain.doFilter(request, response);
    }
}
