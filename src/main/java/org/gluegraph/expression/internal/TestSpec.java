package org.gluegraph.expression.internal;

/**
 * DESeq(test = ...): the Wald test of the reported coefficient, or the likelihood-ratio test of the design
 * against a reduced design (nbinomLRT), whose p-value does not depend on the reported coefficient.
 *
 * @param reduced the reduced design for the LRT; null for the Wald test
 */
public record TestSpec(Kind kind, ModelFormula reduced) {

    public enum Kind { WALD, LRT }

    public TestSpec {
        if (kind == null) {
            throw new DeseqInputException("test kind missing");
        }
        if (kind == Kind.LRT && reduced == null) {
            throw new DeseqInputException("the likelihood ratio test needs a reduced design, e.g. '~ 1'");
        }
        if (kind == Kind.WALD && reduced != null) {
            throw new DeseqInputException("a reduced design is only used by the likelihood ratio test");
        }
    }

    public static TestSpec wald() {
        return new TestSpec(Kind.WALD, null);
    }

    public static TestSpec lrt(ModelFormula reduced) {
        return new TestSpec(Kind.LRT, reduced);
    }

    public boolean isLrt() {
        return kind == Kind.LRT;
    }
}
