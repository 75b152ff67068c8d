package org.gluegraph.graph;

/** Input a person can correct; the API reports it as BAD_REQUEST with this message. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
