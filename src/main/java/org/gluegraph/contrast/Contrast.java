package org.gluegraph.contrast;

import java.util.List;
import java.util.Map;

/**
 * A stored differential-expression result: what was compared, how, from which inputs, and whose it is (only its
 * owner or an editor may replace it; seeded ones only the seed). unmappedIds are the first 100 input ids that did
 * not map to one HGNC gene (node property unmappedSample).
 */
public record Contrast(String id, String name, String design, String factor, String numerator, String denominator,
                       String method, String engineVersion, String createdAt, int testedGenes, String countsSha256,
                       int unmappedCount, List<String> unmappedIds, String owner, boolean seeded) {

    @SuppressWarnings("unchecked")
    public static Contrast from(Map<String, Object> m) {
        return new Contrast((String) m.get("id"), (String) m.get("name"), (String) m.get("design"),
                (String) m.get("factor"), (String) m.get("numerator"), (String) m.get("denominator"),
                (String) m.get("method"), (String) m.get("engineVersion"), (String) m.get("createdAt"),
                ((Number) m.getOrDefault("testedGenes", 0L)).intValue(), (String) m.get("countsSha256"),
                ((Number) m.getOrDefault("unmappedCount", 0L)).intValue(),
                (List<String>) m.getOrDefault("unmappedSample", List.of()), (String) m.get("owner"),
                Boolean.TRUE.equals(m.get("seeded")));
    }
}
