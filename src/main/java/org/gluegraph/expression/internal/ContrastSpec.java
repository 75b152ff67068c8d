package org.gluegraph.expression.internal;

/** A comparison of two levels of one factor: log2(numerator / denominator). */
public record ContrastSpec(String factor, String numerator, String denominator) {

    /**
     * Reads DESeq2's {@code contrast = c("dex", "trt", "untrt")} written as one argument, {@code dex,trt,untrt};
     * the one home of that spelling (the command line's {@code --contrast}).
     */
    public static ContrastSpec parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new DeseqInputException("expected FACTOR,NUMERATOR,DENOMINATOR (e.g. dex,trt,untrt), found '"
                    + text + "'");
        }
        return new ContrastSpec(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }
}
