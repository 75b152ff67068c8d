package org.gluegraph.web;

import org.gluegraph.security.AccessDeniedException;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.NotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

/**
 * The one mapping from failures to what a client is told, shared by GraphQL ({@link GraphQlErrors}) and the HTTP
 * endpoints ({@link HttpErrors}): the input-error family ({@link BadInputException} and its subclasses in the
 * readers, engines and seed) is BAD_REQUEST with its own message; unknown names NOT_FOUND; keys UNAUTHORIZED or
 * FORBIDDEN; anything else INTERNAL_ERROR with a message that names no class.
 */
public final class ErrorClassifier {

    /** What to answer: the GraphQL classification, the HTTP status, the message, and whether to log it as a bug. */
    public record Classified(ErrorType type, HttpStatus status, String message, boolean unexpected) {
    }

    private ErrorClassifier() {
    }

    public static Classified classify(Throwable ex) {
        if (ex instanceof AccessDeniedException denied) {
            return denied.forbidden()
                    ? new Classified(ErrorType.FORBIDDEN, HttpStatus.FORBIDDEN, ex.getMessage(), false)
                    : new Classified(ErrorType.UNAUTHORIZED, HttpStatus.UNAUTHORIZED, ex.getMessage(), false);
        }
        if (ex instanceof BadInputException) {
            return new Classified(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST, ex.getMessage(), false);
        }
        if (ex instanceof NotFoundException) {
            return new Classified(ErrorType.NOT_FOUND, HttpStatus.NOT_FOUND, ex.getMessage(), false);
        }
        if (ex instanceof ClientException ce && ce.code() != null && ce.code().contains("TransactionTimedOut")) {
            return new Classified(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE,
                    "The query took longer than the configured limit (gluegraph.neo4j.query-timeout); narrow it down",
                    false);
        }
        if (ex instanceof ServiceUnavailableException || ex instanceof TransientException) {
            return new Classified(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE,
                    "The graph database is temporarily unavailable; try again", false);
        }
        return new Classified(ErrorType.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error; it has been logged", true);
    }
}
