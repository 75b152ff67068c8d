package org.gluegraph.expression.internal;
import java.util.*;
public record DeseqOutcome(List<String> sampleIds, double[] sizeFactors, List<GeneResult> results, List<GeneDetails> details, String dispersionFitType) {}
