package org.gluegraph.expression.internal;
import java.util.*;
public record GeneResult(String geneId, double baseMean, double log2FoldChange, double lfcSE, double stat, double pvalue, double padj) {}
