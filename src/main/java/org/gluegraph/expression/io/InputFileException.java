package org.gluegraph.expression.io;

/**
 * A user-supplied input (file or argument) is invalid. The message names the file, line, column or field
 * and what was expected, so it can be shown to the user as is, without a stack trace.
 */
public class InputFileException extends org.gluegraph.shared.BadInputException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
