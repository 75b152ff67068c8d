package org.gluegraph.shared;

/**
 * Input a person can correct: a file, an option, a GraphQL argument or a form field. The root of every such error
 * (the readers', the engines' and the seed's are subclasses), so that the web layer maps the whole family once, to
 * BAD_REQUEST with this message, and the command line to exit code 2. The message names the place (file and line,
 * option or field) and what was expected.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A value as an error message may quote it: control characters (a NUL byte in a file name) as backslash-u and
     * four hex digits, at most 130 characters.
     */
    public static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        value.codePoints().limit(130).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
