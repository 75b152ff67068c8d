package org.gluegraph.web;

import org.gluegraph.shared.BadInputException;
import org.springframework.http.HttpStatus;

/**
 * A request refused as a whole before anything ran (not JSON, too large, the wrong content type): the input-error
 * family with the HTTP status that says which ({@link ErrorClassifier} maps it).
 */
public class RequestRejectedException extends BadInputException {

    private final HttpStatus status;

    public RequestRejectedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
