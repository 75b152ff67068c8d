package org.gluegraph.cli;

import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.shared.BadInputException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters of the option values. Each checks one value and calls the rule's own home (the design
 * formula's syntax is {@link DesignFormula}'s, the contrast spelling {@link ContrastSpec}'s, the alternative
 * hypotheses {@link AltHypothesis}'); picocli names the option in front of the message.
 */
final class Converters {

    private Converters() {
    }

    /** A formula of sample-sheet columns, syntax checked now (the columns once the sheet is read). */
    static final class Formula implements ITypeConverter<DesignFormula> {
        @Override
        public DesignFormula convert(String value) {
            try {
                return DesignFormula.parse(value);
            } catch (BadInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** FACTOR,NUMERATOR,DENOMINATOR. */
    static final class Contrast implements ITypeConverter<ContrastSpec> {
        @Override
        public ContrastSpec convert(String value) {
            try {
                return ContrastSpec.parse(value);
            } catch (BadInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** DESeq2's spelling, case-sensitive as in R. */
    static final class Alternative implements ITypeConverter<AltHypothesis> {
        @Override
        public AltHypothesis convert(String value) {
            AltHypothesis h = AltHypothesis.fromRName(value.strip());
            if (h == null) {
                throw new TypeConversionException("expected greaterAbs, lessAbs, greater or less, found '" + value + "'");
            }
            return h;
        }
    }

    /** A value that must not be empty (a column, coefficient or contrast name). */
    static final class NonBlank implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("expected a name, found an empty value");
            }
            return value.strip();
        }
    }

    /** Worker threads, 1 to 1024. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 1, 1024);
        }
    }

    /** plotPCA's ntop: at least 2 genes. */
    static final class Ntop implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 2, Integer.MAX_VALUE);
        }
    }

    /** Any whole number (a random seed). */
    static final class Whole implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a whole number, found '" + value + "'");
            }
        }
    }

    /** The FDR target of independent filtering: strictly between 0 and 1. */
    static final class Alpha implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double a = number(value);
            if (!(a > 0 && a < 1)) {
                throw new TypeConversionException("expected a number between 0 and 1 (exclusive), found '" + value + "'");
            }
            return a;
        }
    }

    /** A threshold on |log2 fold change|: finite and >= 0. */
    static final class LfcThreshold implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double t = number(value);
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new TypeConversionException("expected a number >= 0 (log2 scale), found '" + value + "'");
            }
            return t;
        }
    }

    /** An adjusted p-value cut-off: above 0, at most 1. */
    static final class Padj implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double p = number(value);
            if (!(p > 0 && p <= 1)) {
                throw new TypeConversionException("expected a number above 0 and at most 1, found '" + value + "'");
            }
            return p;
        }
    }

    private static int wholeNumber(String value, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            v = min - 1; // reported as out of range, with the range (min is at least 1 here)
        }
        if (v < min || v > max) {
            throw new TypeConversionException("expected a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", found '" + value + "'");
        }
        return v;
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a number, found '" + value + "'");
        }
    }
}
