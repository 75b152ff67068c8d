package org.gluegraph.enrichment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The set counts an enrichment field's cost is weighed by: what sets(collections) holds, without the list. */
class GeneSetSnapshotTest {

    @Test
    void setCountIsTheSizeOfTheCollectionsSets() {
        GeneSetSnapshot snap = GeneSetSnapshot.builder().collection("HALLMARK", "2023.2").collection("MY_SETS", "1")
                .set("H1", "a", "HALLMARK", List.of("MYC", "IRF4")).set("H2", "b", "HALLMARK", List.of("CRBN"))
                .set("M1", "c", "MY_SETS", List.of("IKZF1")).build();
        for (List<String> asked : List.of(List.of("HALLMARK"), List.of("MY_SETS"), List.of("HALLMARK", "MY_SETS"),
                List.of("HALLMARK", "HALLMARK"), List.of("REACTOME"))) {
            assertThat(snap.setCount(asked)).as(asked.toString())
                    .isEqualTo(snap.sets(asked.stream().distinct().toList()).size());
        }
        assertThat(snap.setCount(List.of("HALLMARK", "MY_SETS"))).isEqualTo(3);
        assertThat(snap.setCount(List.of("REACTOME"))).isZero();
    }
}
