package org.gluegraph.expression.internal;
import java.util.*;
public interface ProgressListener { void step(String name, long elapsedMillis); ProgressListener NONE = (n, e) -> {}; }
