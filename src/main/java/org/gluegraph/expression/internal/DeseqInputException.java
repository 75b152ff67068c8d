package org.gluegraph.expression.internal;

/** Input the method cannot work with (design not of full rank, a missing level...); the message says what to fix. */
public class DeseqInputException extends org.gluegraph.shared.BadInputException {

    public DeseqInputException(String message) {
        super(message);
    }
}
