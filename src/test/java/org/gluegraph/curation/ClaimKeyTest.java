package org.gluegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimKeyTest {

    @Test
    void nullBlankAndMissingContextGiveTheSameKey() {
        ClaimKey none = ClaimKey.of("lenalidomide", "BINDS", "HGNC:30185", null);
        assertThat(ClaimKey.of("lenalidomide", "BINDS", "HGNC:30185", "")).isEqualTo(none);
        assertThat(ClaimKey.of("lenalidomide", "BINDS", "HGNC:30185", "   ")).isEqualTo(none);
        assertThat(none.value()).isEqualTo("lenalidomide|BINDS|HGNC:30185|");
    }

    @Test
    void contextIsTrimmedAndCaseInsensitive() {
        assertThat(ClaimKey.of("a", "DEGRADES", "b", "  Myeloma Cells ").value()).isEqualTo("a|DEGRADES|b|myeloma cells");
        assertThat(ClaimKey.of("a", "DEGRADES", "b", "myeloma cells"))
                .isEqualTo(ClaimKey.of("a", "DEGRADES", "b", "MYELOMA CELLS"));
    }

    @Test
    void subjectPredicateAndObjectTellClaimsApart() {
        ClaimKey k = ClaimKey.of("a", "BINDS", "b", "x");
        assertThat(ClaimKey.of("b", "BINDS", "a", "x")).isNotEqualTo(k);
        assertThat(ClaimKey.of("a", "DEGRADES", "b", "x")).isNotEqualTo(k);
        assertThat(ClaimKey.of("a", "BINDS", "b", "y")).isNotEqualTo(k);
    }
}
