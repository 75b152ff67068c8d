package org.gluegraph.curation;

import java.util.Map;

public record Publication(String id, String pmid, String doi, String title, String journal, Integer year,
                          boolean retracted) {

    public static Publication from(Map<String, Object> m) {
        Object year = m.get("year");
        return new Publication((String) m.get("id"), (String) m.get("pmid"), (String) m.get("doi"),
                (String) m.get("title"), (String) m.get("journal"), year == null ? null : ((Number) year).intValue(),
                Boolean.TRUE.equals(m.get("retracted")));
    }
}
