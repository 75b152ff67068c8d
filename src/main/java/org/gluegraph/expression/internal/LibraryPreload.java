package org.gluegraph.expression.internal;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.Trigamma;

/**
 * Loads the library classes the later pipeline steps use (commons-numbers, commons-math3) on a background thread.
 * Looked up through a class path of some two hundred jars, the first of them costs 0.1-0.15 s in a fresh JVM,
 * which would otherwise fall in the middle of the dispersion steps; the command line starts this while it reads
 * the counts, on the core that reading leaves idle.
 */
public final class LibraryPreload {

    private LibraryPreload() {
    }

    public static void start() {
        Thread thread = new Thread(LibraryPreload::touch, "gluegraph-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** One cheap call into each class family the steps use, so that their dependencies are loaded too. */
    static double touch() {
        return Trigamma.value(2.5) + LogGamma.value(2.5) + Digamma.value(2.5) + Erf.erfc(1.0)
                + new FDistribution(null, 2, 5, 1e-14).inverseCumulativeProbability(0.99);
    }
}
