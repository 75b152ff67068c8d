package org.gluegraph.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.gluegraph.security.AccessDeniedException;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.BudgetExceededException;
import org.gluegraph.shared.NotFoundException;
import org.gluegraph.shared.TryLaterException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The one mapping from failures to what a client is told, shared by GraphQL ({@link GraphQlErrors}), the HTTP
 * endpoints ({@link HttpErrors}), the request filters and the error page ({@link ErrorPage}): the input-error
 * family ({@link BadInputException} and its subclasses in the readers, engines and seed) is BAD_REQUEST with its own
 * message; unknown names NOT_FOUND; keys UNAUTHORIZED or FORBIDDEN; requests the web framework could not read
 * (wrong content type or method, unreadable body, upload too large) a 4xx with a message that names no class;
 * rate limits TOO_MANY_REQUESTS, a busy server or database TRY_LATER (both retryable, with the wait), a spent time
 * budget TIME_BUDGET_EXCEEDED; anything else INTERNAL_ERROR with a message that names no class.
 */
public final class ErrorClassifier {

    /**
     * What to answer: the GraphQL classification, the HTTP status, the message, and whether to log it as a bug.
     * {@link #classification()} is the name clients see in {@code extensions.classification}.
     */
    public record Classified(ErrorClassification type, HttpStatus status, String message, boolean unexpected,
            Duration retryAfter) {

        public Classified(ErrorClassification type, HttpStatus status, String message, boolean unexpected) {
            this(type, status, message, unexpected, null);
        }

        public String classification() {
            return type instanceof Enum<?> e ? e.name() : String.valueOf(type);
        }

        /** Whether the same request may succeed later ({@link #retryAfter} says when to try). */
        public boolean retryable() {
            return retryAfter != null;
        }

        /** {@code retryable} and, when it is, {@code retryAfterSeconds}: for a GraphQL error's extensions. */
        public Map<String, Object> extensions() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("retryable", retryable());
            if (retryable()) {
                m.put("retryAfterSeconds", Math.max(1, (retryAfter.toMillis() + 999) / 1000));
            }
            return m;
        }
    }

    /**
     * The classifications beyond Spring's {@link ErrorType}: TOO_MANY_REQUESTS (the caller's rate limit; retry after
     * the wait), TRY_LATER (the server is busy: as many expensive operations run as it allows, or the database
     * timed out queued behind others; retry) and TIME_BUDGET_EXCEEDED (the request used its time and was stopped;
     * ask for less).
     */
    public enum Kind implements ErrorClassification {
        TOO_MANY_REQUESTS, TRY_LATER, TIME_BUDGET_EXCEEDED
    }

    /** The wait suggested when the database was busy. */
    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    /** A Java class name as it would appear in a framework message (org.x.Y, java.x.Y, `x.y.Z`). */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|Exception\\b");

    private ErrorClassifier() {
    }

    public static Classified classify(Throwable ex) {
        if (ex instanceof AccessDeniedException denied) {
            return denied.forbidden()
                    ? new Classified(ErrorType.FORBIDDEN, HttpStatus.FORBIDDEN, ex.getMessage(), false)
                    : new Classified(ErrorType.UNAUTHORIZED, HttpStatus.UNAUTHORIZED, ex.getMessage(), false);
        }
        if (ex instanceof RequestRejectedException rejected) {
            return new Classified(ErrorType.BAD_REQUEST, rejected.status(), ex.getMessage(), false);
        }
        if (ex instanceof BadInputException) {
            return new Classified(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST, ex.getMessage(), false);
        }
        if (ex instanceof NotFoundException) {
            return new Classified(ErrorType.NOT_FOUND, HttpStatus.NOT_FOUND, ex.getMessage(), false);
        }
        if (ex instanceof TooManyRequestsException limited) {
            return new Classified(Kind.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS, ex.getMessage(), false,
                    limited.retryAfter());
        }
        if (ex instanceof TryLaterException busy) {
            return new Classified(Kind.TRY_LATER, HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), false,
                    busy.retryAfter());
        }
        if (ex instanceof BudgetExceededException) {
            return new Classified(Kind.TIME_BUDGET_EXCEEDED, HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), false);
        }
        if (ex instanceof ClientException ce && ce.code() != null && (ce.code().contains("TransactionTimedOut")
                || ce.code().contains("LockClientStopped") || ce.code().contains("Terminated"))) {
            // under load a write waits on locks until the timeout: the same request is expected to pass later
            return new Classified(Kind.TRY_LATER, HttpStatus.SERVICE_UNAVAILABLE, "the database did not finish "
                    + "within gluegraph.neo4j.query-timeout (it was busy, or the request is large); try again "
                    + "shortly, or narrow the request", false, BUSY_RETRY);
        }
        if (ex instanceof ServiceUnavailableException || ex instanceof TransientException
                || ex instanceof SessionExpiredException) {
            return new Classified(Kind.TRY_LATER, HttpStatus.SERVICE_UNAVAILABLE,
                    "the graph database is busy or briefly unavailable; try again shortly", false, BUSY_RETRY);
        }
        Classified web = webRequest(ex);
        if (web != null) {
            return web;
        }
        return new Classified(ErrorType.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error; it has been logged", true);
    }

    /** What the web framework refused before our code ran, in words a person can act on. */
    private static Classified webRequest(Throwable ex) {
        if (ex instanceof MaxUploadSizeExceededException) {
            return forStatus(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is larger than this server accepts "
                    + "(spring.servlet.multipart.max-file-size and max-request-size; see the README)");
        }
        if (ex instanceof MultipartException && cause(ex, InvalidFileNameException.class) instanceof
                InvalidFileNameException bad) {
            return forStatus(HttpStatus.BAD_REQUEST, "the upload's file name '" + BadInputException.printable(bad.getName())
                    + "' holds a character no file name may hold (a NUL byte); rename the file");
        }
        if (ex instanceof MultipartException) {
            return forStatus(HttpStatus.BAD_REQUEST, "the multipart/form-data body could not be read; send the "
                    + "files as parts named counts and samples");
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return forStatus(HttpStatus.BAD_REQUEST, "the request body could not be read as JSON");
        }
        if (ex instanceof ErrorResponse er) {
            HttpStatus status = HttpStatus.resolve(er.getStatusCode().value());
            if (status == null) {
                status = HttpStatus.BAD_REQUEST;
            }
            return forStatus(status, safeMessage(er.getBody().getDetail(), status));
        }
        return null;
    }

    private static Throwable cause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** A classification for a bare HTTP status (the error page, where only the status may be known). */
    public static Classified forStatus(HttpStatusCode code, String message) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ErrorType type = switch (status) {
            case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            default -> status.is4xxClientError() ? ErrorType.BAD_REQUEST : ErrorType.INTERNAL_ERROR;
        };
        return new Classified(type, status, safeMessage(message, status), status.is5xxServerError());
    }

    /** The message if it names no Java class; otherwise the status's own words. */
    static String safeMessage(String message, HttpStatus status) {
        if (message == null || message.isBlank() || CLASS_NAME.matcher(message).find()) {
            return switch (status) {
                case NOT_FOUND -> "nothing is served at this path";
                case METHOD_NOT_ALLOWED -> "this method is not supported at this path";
                case UNSUPPORTED_MEDIA_TYPE -> "this content type is not supported at this path";
                case PAYLOAD_TOO_LARGE -> "the request is larger than this server accepts";
                default -> status.is4xxClientError() ? "the request could not be understood ("
                        + status.value() + " " + status.getReasonPhrase() + ")" : "Internal error; it has been logged";
            };
        }
        return message;
    }
}
