package org.gluegraph.curation;

import java.util.Map;

/** One recorded action on a claim, with the claim's state before and after (JSON of {@link ClaimState#snapshot}). */
public record CurationEvent(CurationAction action, String actor, String at, String comment, String before,
        String after) {

    static CurationEvent from(Map<String, Object> node) {
        return new CurationEvent(CurationAction.valueOf((String) node.get("action")), (String) node.get("actor"),
                (String) node.get("at"), (String) node.get("comment"), (String) node.get("before"),
                (String) node.get("after"));
    }
}
