package org.gluegraph.web;

import java.util.regex.Pattern;

import graphql.ErrorClassification;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.gluegraph.security.AccessDeniedException;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.NotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
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
 * anything else INTERNAL_ERROR with a message that names no class.
 */
public final class ErrorClassifier {

    /**
     * What to answer: the GraphQL classification, the HTTP status, the message, and whether to log it as a bug.
     * {@link #classification()} is the name clients see in {@code extensions.classification}.
     */
    public record Classified(ErrorClassification type, HttpStatus status, String message, boolean unexpected) {

        public String classification() {
            return type instanceof Enum<?> e ? e.name() : String.valueOf(type);
        }
    }

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
        if (ex instanceof ClientException ce && ce.code() != null && ce.code().contains("TransactionTimedOut")) {
            return new Classified(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE,
                    "The query took longer than the configured limit (gluegraph.neo4j.query-timeout); narrow it down",
                    false);
        }
        if (ex instanceof ServiceUnavailableException || ex instanceof TransientException) {
            return new Classified(ErrorType.INTERNAL_ERROR, HttpStatus.SERVICE_UNAVAILABLE,
                    "The graph database is temporarily unavailable; try again", false);
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
