package org.gluegraph.expression.internal;

/** Told when each step of the method ends, for progress lines on long runs. */
public interface ProgressListener {

    void step(String name, long elapsedMillis);

    ProgressListener NONE = (name, elapsedMillis) -> {
    };
}
