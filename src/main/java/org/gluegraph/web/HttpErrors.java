package org.gluegraph.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of every HTTP endpoint, the framework's own refusals included: the same classification as GraphQL's
 * ({@link ErrorClassifier}), as {@code {classification, message}} on {@code /api/} and as a GraphQL {@code errors}
 * array on the GraphQL path. No answer names a Java class.
 */
@RestControllerAdvice
public class HttpErrors {

    private static final Logger log = LoggerFactory.getLogger(HttpErrors.class);

    private final String graphQlPath;

    HttpErrors(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.graphQlPath = graphQlPath;
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Object> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return answer(request, new ErrorClassifier.Classified(org.springframework.graphql.execution.ErrorType.BAD_REQUEST,
                org.springframework.http.HttpStatus.BAD_REQUEST,
                "missing multipart part '" + e.getRequestPartName() + "'", false));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> failure(Exception e, HttpServletRequest request) {
        ErrorClassifier.Classified c = ErrorClassifier.classify(e);
        if (c.unexpected()) {
            log.error("Unexpected failure of an HTTP request to {}", request.getRequestURI(), e);
        }
        return answer(request, c);
    }

    private ResponseEntity<Object> answer(HttpServletRequest request, ErrorClassifier.Classified c) {
        var answer = ResponseEntity.status(c.status()).contentType(MediaType.APPLICATION_JSON);
        if (c.retryable()) {
            answer.header("Retry-After", c.extensions().get("retryAfterSeconds").toString());
        }
        return answer.body(body(graphQlPath.equals(request.getRequestURI()), c));
    }

    /**
     * Answers a failure from a filter, before any controller ran (a request refused before its body is read), as
     * {@code {classification, message}}.
     */
    public static void write(jakarta.servlet.http.HttpServletResponse response, RuntimeException failure)
            throws java.io.IOException {
        write(response, ErrorClassifier.classify(failure), false, "application/json");
    }

    /** Writes a classified failure: status, Retry-After when retryable, and the body for the path. */
    static void write(jakarta.servlet.http.HttpServletResponse response, ErrorClassifier.Classified c,
            boolean graphQl, String mediaType) throws java.io.IOException {
        response.setStatus(c.status().value());
        if (c.retryable()) {
            response.setHeader("Retry-After", c.extensions().get("retryAfterSeconds").toString());
        }
        response.setContentType(mediaType + ";charset=utf-8");
        response.getOutputStream().write(WRITER.writeValueAsBytes(body(graphQl, c)));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper WRITER = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The body of an error answer: a GraphQL {@code errors} array on the GraphQL path, else the plain pair. */
    static Map<String, Object> body(boolean graphQl, ErrorClassifier.Classified c) {
        Map<String, Object> extensions = new java.util.LinkedHashMap<>();
        extensions.put("classification", c.classification());
        if (c.retryable()) {
            extensions.putAll(c.extensions());
        }
        if (graphQl) {
            return Map.of("errors", List.of(Map.of("message", c.message(), "extensions", extensions)));
        }
        Map<String, Object> plain = new java.util.LinkedHashMap<>(extensions);
        plain.put("message", c.message());
        return plain;
    }
}
