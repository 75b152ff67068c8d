package org.gluegraph.expression.internal;
import java.util.*;
public record GeneDetails(String geneId, double dispGeneEst, double dispFit, double dispersion, boolean dispOutlier, double maxCooks, boolean replaced, boolean converged) {}
