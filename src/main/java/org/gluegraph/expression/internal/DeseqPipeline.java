package org.gluegraph.expression.internal;
import java.util.*;
public final class DeseqPipeline { public static DeseqOutcome run(DeseqInput in, List<String> design, ContrastSpec c, DeseqOptions o, ProgressListener p) {
  List<GeneResult> r = new ArrayList<>(); List<GeneDetails> d = new ArrayList<>();
  for (String g : in.geneIds()) { r.add(new GeneResult(g, 1, 0.5, 0.1, 5, 0.01, 0.02)); d.add(new GeneDetails(g, 0.1,0.1,0.1,false,0.5,false,true)); }
  p.step("fake step", 12);
  return new DeseqOutcome(in.sampleIds(), new double[in.sampleIds().size()], r, d, "parametric"); } }
