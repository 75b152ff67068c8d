package org.gluegraph.expression.internal;
import java.util.*;
public class DeseqInputException extends RuntimeException { public DeseqInputException(String m){super(m);} }
