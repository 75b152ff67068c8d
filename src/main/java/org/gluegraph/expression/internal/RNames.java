package org.gluegraph.expression.internal;

import java.util.Set;

/** R's make.names for one name (unique = FALSE), as DESeq2 applies it to model-matrix column names. */
final class RNames {

    private static final Set<String> RESERVED = Set.of("if", "else", "repeat", "while", "function", "for", "next",
            "break", "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_",
            "NA_complex_", "in");

    private RNames() {
    }

    /**
     * Invalid characters become '.', a name not starting with a letter or a dot not followed by a digit gets an
     * 'X' in front, and a reserved word gets a '.' appended.
     */
    static String makeNames(String name) {
        StringBuilder b = new StringBuilder(name.length() + 1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '.' || c == '_' ? c : '.');
        }
        String s = b.toString();
        boolean valid = !s.isEmpty() && (Character.isLetter(s.charAt(0))
                || (s.charAt(0) == '.' && !(s.length() > 1 && Character.isDigit(s.charAt(1)))));
        if (!valid) {
            s = "X" + s;
        }
        if (RESERVED.contains(s)) {
            s = s + ".";
        }
        return s;
    }
}
