package org.gluegraph.expression.internal;
import java.util.*;
public record ContrastSpec(String factor, String numerator, String denominator) {}
