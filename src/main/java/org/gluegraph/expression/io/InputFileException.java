package org.gluegraph.expression.io;

/**
 * A user-supplied input (file or argument) is invalid. The message names the file, line, column or field
 * and what was expected, so it can be shown to the user as is, without a stack trace.
 */
public class InputFileException extends org.gluegraph.shared.BadInputException {

    /** How the shared reader ({@link org.gluegraph.shared.DelimitedText}) reports a place in a counts or sample file. */
    public static final org.gluegraph.shared.DelimitedText.Errors AT = (file, line, column, problem, cause) ->
            new InputFileException(org.gluegraph.shared.DelimitedText.Errors.where(file, line, column) + ": " + problem,
                    cause);

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
