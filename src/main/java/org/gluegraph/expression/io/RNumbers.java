package org.gluegraph.expression.io;

import java.util.regex.Pattern;

/**
 * Which sample-sheet values R's read.table reads as numbers (type.convert): decimal numbers with optional sign,
 * fraction and exponent, hexadecimal numbers, and Inf / NaN. A column whose values all are numbers is numeric in
 * R, and DESeq2 then fits it as a continuous covariate.
 */
final class RNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX][0-9a-fA-F]+");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(Inf|inf|NaN)");

    private RNumbers() {
    }

    static boolean isNumber(String s) {
        String t = s.strip();
        return DECIMAL.matcher(t).matches() || HEX.matcher(t).matches() || SPECIAL.matcher(t).matches();
    }

    /** The value of a string for which {@link #isNumber} holds. */
    static double value(String s) {
        String t = s.strip();
        if (HEX.matcher(t).matches()) {
            boolean negative = t.startsWith("-");
            String digits = t.replaceFirst("^[+-]?0[xX]", "");
            double v = new java.math.BigInteger(digits, 16).doubleValue();
            return negative ? -v : v;
        }
        if (SPECIAL.matcher(t).matches()) {
            if (t.endsWith("NaN")) {
                return Double.NaN;
            }
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(t);
    }
}
