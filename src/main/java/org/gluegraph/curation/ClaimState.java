package org.gluegraph.curation;

import java.util.Map;
import java.util.TreeMap;

/**
 * A claim node as the review workflow reads it inside its transaction (after taking the claim's write lock).
 *
 * @param version    increases with every change; a revision names the version it was written against
 * @param submittedBy who submitted it ({@code seed} for claims the seed wrote without one)
 */
record ClaimState(String id, int version, ClaimStatus status, String subjectId, String subjectType, String predicate,
        String objectId, String objectType, Integer sign, EffectLevel level, String context, String statement,
        String submittedBy, String acceptedBy, String createdAt) {

    static ClaimState from(Map<String, Object> node) {
        Object level = node.get("level");
        Object sign = node.get("sign");
        return new ClaimState((String) node.get("id"), ((Number) node.getOrDefault("version", 1)).intValue(),
                ClaimStatus.stored(node.get("status")), (String) node.get("subjectId"),
                (String) node.get("subjectType"), (String) node.get("predicate"), (String) node.get("objectId"),
                (String) node.get("objectType"), sign == null ? null : ((Number) sign).intValue(),
                level == null ? null : EffectLevel.valueOf((String) level), (String) node.get("context"),
                (String) node.get("statement"), (String) node.getOrDefault("submittedBy", "seed"),
                (String) node.get("acceptedBy"), (String) node.get("createdAt"));
    }

    /** What a curation event records of the claim before and after an action (sorted by name, nulls left out). */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new TreeMap<>();
        put(m, "id", id);
        put(m, "version", version);
        put(m, "status", status.name());
        put(m, "subjectId", subjectId);
        put(m, "subjectType", subjectType);
        put(m, "predicate", predicate);
        put(m, "objectId", objectId);
        put(m, "objectType", objectType);
        put(m, "sign", sign);
        put(m, "level", level == null ? null : level.name());
        put(m, "context", context);
        put(m, "statement", statement);
        put(m, "submittedBy", submittedBy);
        put(m, "acceptedBy", acceptedBy);
        put(m, "createdAt", createdAt);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
