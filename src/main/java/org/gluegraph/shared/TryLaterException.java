package org.gluegraph.shared;

import java.time.Duration;

/**
 * The server cannot take this work now (as many expensive operations run as it allows, or the database was busy),
 * and the same request may well succeed later: a retryable error, with the wait to suggest.
 */
public class TryLaterException extends RuntimeException {

    private final Duration retryAfter;

    public TryLaterException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public TryLaterException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
