package org.gluegraph.expression.internal;
import java.util.*;
public record DeseqOptions(double alpha, boolean cooksCutoff, boolean independentFiltering, int minReplicatesForReplace, boolean lfcShrinkNormal, int threads) { public static DeseqOptions defaults(){ return new DeseqOptions(0.1,true,true,7,false,1);} }
