package org.gluegraph.security;

/** No usable key (UNAUTHORIZED) or a key whose role is too low (FORBIDDEN). */
public class AccessDeniedException extends RuntimeException {

    private final boolean forbidden;

    public AccessDeniedException(boolean forbidden, String message) {
        super(message);
        this.forbidden = forbidden;
    }

    public boolean forbidden() {
        return forbidden;
    }
}
