package org.gluegraph.gene;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The two ways of looking genes up (Cypher before the in-memory index exists, the index after) agree. */
class GeneResolverTest extends IntegrationTest {

    private static final List<String> EVERY_TIER = List.of("IKZF1", "ikzf1", "Ikaros", "HGNC:13176", "hgnc:13176",
            "10320", "ENSG00000185811", "ENSG00000185811.17", "Aiolos", "ZNFN1A3", "ADAR1", "VMA5", "7157",
            "nonsense-gene", "CRBN");

    @Autowired
    GeneResolver resolver;

    @Test
    void cypherAndIndexClassifyEveryTierAlike() {
        GeneResolution viaCypher = resolver.resolveInGraph(EVERY_TIER);
        GeneResolution viaIndex = GeneResolver.classify(GeneResolver.keys(EVERY_TIER, "terms"),
                resolver.index().hits());

        assertThat(summary(viaCypher)).isEqualTo(summary(viaIndex));
        assertThat(summary(viaCypher)).contains("Ikaros=IKZF1/alias", "hgnc:13176=IKZF1/hgnc", "10320=IKZF1/entrez",
                "ENSG00000185811.17=IKZF1/ensembl", "ZNFN1A3=IKZF3/previous", "7157=TP53/entrez",
                "VMA5?ATP6V1C1,ATP6V1C2", "nonsense-gene!");
    }

    @Test
    void bulkLookUpsGoThroughTheIndex() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < GeneResolver.INTERACTIVE_TERMS; i++) {
            terms.add("not-a-gene-" + i);
        }
        terms.addAll(EVERY_TIER);

        GeneResolution bulk = resolver.resolve(terms);

        assertThat(bulk.unmatched()).hasSize(GeneResolver.INTERACTIVE_TERMS + 1);
        assertThat(summary(bulk)).containsAll(summary(resolver.resolveInGraph(EVERY_TIER)));
    }

    private static List<String> summary(GeneResolution r) {
        List<String> s = new ArrayList<>();
        r.matches().forEach(m -> s.add(m.term() + "=" + m.gene().symbol() + "/" + m.matchedOn()));
        r.ambiguous().forEach(a -> s.add(a.term() + "?" + String.join(",",
                a.candidates().stream().map(Gene::symbol).sorted().toList())));
        r.unmatched().forEach(u -> s.add(u + "!"));
        return s.stream().sorted().toList();
    }
}
