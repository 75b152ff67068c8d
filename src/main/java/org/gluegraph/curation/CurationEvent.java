package org.gluegraph.curation;

import java.util.Map;

/** One recorded action on a claim, with the claim's state before and after (JSON). */
public record CurationEvent(String action, String actor, String at, String comment, String before, String after) {

    static CurationEvent from(Map<String, Object> m) {
        return new CurationEvent((String) m.get("action"), (String) m.get("actor"), (String) m.get("at"),
                (String) m.get("comment"), (String) m.get("before"), (String) m.get("after"));
    }
}
