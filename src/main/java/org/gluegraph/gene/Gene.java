package org.gluegraph.gene;

import java.util.List;
import java.util.Map;

/** An HGNC gene as the API shows it. */
public record Gene(String hgncId, String symbol, String name, String entrezId, String ensemblId,
                   List<String> aliases, List<String> previousSymbols, String locusType) {

    /** The id a client caches the gene under: its HGNC id, stable across symbol changes. */
    public String id() {
        return hgncId;
    }

    @SuppressWarnings("unchecked")
    public static Gene from(Map<String, Object> m) {
        return new Gene((String) m.get("hgncId"), (String) m.get("symbol"), (String) m.get("name"),
                (String) m.get("entrezId"), (String) m.get("ensemblId"),
                (List<String>) m.getOrDefault("aliases", List.of()),
                (List<String>) m.getOrDefault("previousSymbols", List.of()), (String) m.get("locusType"));
    }
}
