package org.gluegraph.contrast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.TestSpec;

/**
 * A stored differential-expression result: what was compared, how, from which inputs, and whose it is (only its
 * owner or an editor may replace it; seeded ones only the seed). unmappedIds are the first 100 input ids that did
 * not map to one HGNC gene (node property unmappedSample). Contrasts stored before the test and options were kept
 * were Wald tests of a factor contrast with DESeq2's defaults, which is what their missing properties read as;
 * their variables, resultsNames, descriptions and samplePca stay null (they were not recorded).
 *
 * @param factor      the factor of the reported contrast, null when a coefficient was reported by name
 * @param coefficient the coefficient (resultsNames) whose log2 fold change was reported, null for a factor contrast
 */
public record Contrast(String id, String name, String design, String factor, String numerator, String denominator,
                       String method, String engineVersion, String createdAt, int testedGenes, String countsSha256,
                       int unmappedCount, List<String> unmappedIds, String owner, boolean seeded,
                       TestSpec.Kind test, String reducedDesign, String coefficient, double lfcThreshold,
                       AltHypothesis altHypothesis, double alpha, List<Variable> variables,
                       List<String> resultsNames, String log2FoldChangeDescription, String pvalueDescription,
                       SamplePca samplePca) {

    /** GraphQL ContrastVariable. */
    public record Variable(String name, String kind, String reference) {
    }

    /** GraphQL SamplePca. */
    public record SamplePca(List<Double> percentVar, List<Point> samples, List<String> groupedBy, int genes) {
    }

    /** GraphQL SamplePcaPoint. */
    public record Point(String sample, String group, double pc1, double pc2) {
    }

    @SuppressWarnings("unchecked")
    public static Contrast from(Map<String, Object> m) {
        List<Variable> variables = null;
        if (m.get("variableNames") != null) {
            List<String> names = strings(m.get("variableNames"));
            List<String> kinds = strings(m.get("variableKinds"));
            List<String> refs = strings(m.get("variableReferences"));
            variables = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                variables.add(new Variable(names.get(i), kinds.get(i), refs.get(i).isEmpty() ? null : refs.get(i)));
            }
        }
        SamplePca pca = null;
        if (m.get("pcaSamples") != null) {
            List<String> samples = strings(m.get("pcaSamples"));
            List<String> groups = m.get("pcaGroups") == null ? null : strings(m.get("pcaGroups"));
            List<Double> pc1 = doubles(m.get("pcaPc1"));
            List<Double> pc2 = doubles(m.get("pcaPc2"));
            List<Point> points = new ArrayList<>();
            for (int j = 0; j < samples.size(); j++) {
                points.add(new Point(samples.get(j), groups == null ? null : groups.get(j), pc1.get(j), pc2.get(j)));
            }
            pca = new SamplePca(doubles(m.get("pcaPercentVar")), points, strings(m.get("pcaGroupedBy")),
                    ((Number) m.get("pcaGenes")).intValue());
        }
        return new Contrast((String) m.get("id"), (String) m.get("name"), (String) m.get("design"),
                (String) m.get("factor"), (String) m.get("numerator"), (String) m.get("denominator"),
                (String) m.get("method"), (String) m.get("engineVersion"), (String) m.get("createdAt"),
                ((Number) m.getOrDefault("testedGenes", 0L)).intValue(), (String) m.get("countsSha256"),
                ((Number) m.getOrDefault("unmappedCount", 0L)).intValue(),
                (List<String>) m.getOrDefault("unmappedSample", List.of()), (String) m.get("owner"),
                Boolean.TRUE.equals(m.get("seeded")),
                TestSpec.Kind.valueOf((String) m.getOrDefault("test", "WALD")), (String) m.get("reducedDesign"),
                (String) m.get("coefficient"), ((Number) m.getOrDefault("lfcThreshold", 0.0)).doubleValue(),
                AltHypothesis.valueOf((String) m.getOrDefault("altHypothesis", "GREATER_ABS")),
                ((Number) m.getOrDefault("alpha", 0.1)).doubleValue(), variables,
                m.get("resultsNames") == null ? null : strings(m.get("resultsNames")),
                (String) m.get("lfcDescription"), (String) m.get("testDescription"), pca);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        if (o instanceof String[] a) {
            return List.of(a);
        }
        return List.copyOf((List<String>) o);
    }

    /** A list read back from Neo4j, or the double[] just written. */
    private static List<Double> doubles(Object o) {
        List<Double> out = new ArrayList<>();
        if (o instanceof double[] a) {
            for (double v : a) {
                out.add(v);
            }
        } else {
            for (Object v : (List<?>) o) {
                out.add(((Number) v).doubleValue());
            }
        }
        return out;
    }
}
