package org.gluegraph.shared;

/** A named thing that does not exist; reported as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
