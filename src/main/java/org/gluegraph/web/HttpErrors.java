package org.gluegraph.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The {@code /api/} endpoints' errors: the same classification as GraphQL's, as {@code {classification, message}}. */
@RestControllerAdvice
class HttpErrors {

    private static final Logger log = LoggerFactory.getLogger(HttpErrors.class);

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, String>> missingPart(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest().body(Map.of("classification", "BAD_REQUEST", "message",
                "missing multipart part '" + e.getRequestPartName() + "'"));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> failure(RuntimeException e) {
        ErrorClassifier.Classified c = ErrorClassifier.classify(e);
        if (c.unexpected()) {
            log.error("Unexpected failure of an HTTP request", e);
        }
        return ResponseEntity.status(c.status()).body(Map.of("classification", c.type().name(), "message", c.message()));
    }
}
