package org.gluegraph.about;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import brought: its source, release, licence, files and digest, counts, and the identifiers that matched no gene. */
public record ImportInfo(String source, String version, String licence, String sha256, String importedAt,
                         List<String> files, long edges, Map<String, Object> nodes, Map<String, Object> edgeTypes,
                         int unmatchedCount, List<String> unmatchedIds) {

    @SuppressWarnings("unchecked")
    static ImportInfo from(Map<String, Object> m) {
        return new ImportInfo((String) m.get("name"), (String) m.get("version"), (String) m.get("licence"),
                (String) m.get("sha256"), (String) m.get("importedAt"), (List<String>) m.getOrDefault("files", List.of()),
                ((Number) m.getOrDefault("edges", 0L)).longValue(),
                zip((List<String>) m.get("nodeKinds"), (List<Object>) m.get("nodeCounts")),
                zip((List<String>) m.get("edgeTypes"), (List<Object>) m.get("edgeCounts")),
                ((Number) m.getOrDefault("unmatchedCount", 0L)).intValue(),
                (List<String>) m.getOrDefault("unmatchedIds", List.of()));
    }

    private static Map<String, Object> zip(List<String> keys, List<Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; keys != null && values != null && i < keys.size(); i++) {
            out.put(keys.get(i), values.get(i));
        }
        return out;
    }
}
