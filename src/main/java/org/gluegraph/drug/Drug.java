package org.gluegraph.drug;


import java.util.List;
import java.util.Map;

public record Drug(String id, String name, List<String> synonyms, String chemblId, String drugbankId) {

    @SuppressWarnings("unchecked")
    public static Drug from(Map<String, Object> m) {
        return new Drug((String) m.get("id"), (String) m.get("name"),
                (List<String>) m.getOrDefault("synonyms", List.of()), (String) m.get("chemblId"),
                (String) m.get("drugbankId"));
    }

}
