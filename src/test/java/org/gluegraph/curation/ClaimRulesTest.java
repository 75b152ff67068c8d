package org.gluegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimRulesTest {

    @Test
    void predicateIsOneOfTheKnownOnesCaseInsensitive() {
        assertThat(ClaimRules.predicate(" degrades ")).isEqualTo(Predicate.DEGRADES);
        assertThatThrownBy(() -> ClaimRules.predicate("CURES")).isInstanceOf(ClaimRules.Violation.class)
                .hasMessage("predicate: expected one of " + Predicate.allowed() + ", found 'CURES'");
        assertThatThrownBy(() -> ClaimRules.predicate(null)).isInstanceOf(ClaimRules.Violation.class);
    }

    @Test
    void signIsMinusOneZeroOrOne() {
        assertThat(ClaimRules.sign(-1)).isEqualTo(-1);
        assertThatThrownBy(() -> ClaimRules.sign(2)).hasMessage("sign: expected -1, 0 or 1, found 2");
        assertThatThrownBy(() -> ClaimRules.sign(null)).hasMessage("sign: expected -1, 0 or 1, found null");
    }

    @Test
    void resistanceLinksAGeneToADrug() {
        ClaimRules.ends(Predicate.RESISTANCE_WHEN_HIGH, "Gene", "Drug");
        ClaimRules.ends(Predicate.BINDS, "Drug", "Gene");
        assertThatThrownBy(() -> ClaimRules.ends(Predicate.RESISTANCE_WHEN_LOW, "Drug", "Gene"))
                .isInstanceOf(ClaimRules.Violation.class)
                .hasMessageContaining("RESISTANCE_WHEN_LOW needs a Gene subject and a Drug object");
        assertThatThrownBy(() -> ClaimRules.ends(Predicate.RESISTANCE_WHEN_HIGH, "Gene", "Gene"))
                .extracting(e -> ((ClaimRules.Violation) e).field()).isEqualTo("subject");
    }

    @Test
    void pmidAndDoiHaveOneFormEverywhere() {
        assertThat(ClaimRules.pmid(" 24292625 ")).isEqualTo("24292625");
        assertThat(ClaimRules.pmid("")).isNull();
        assertThatThrownBy(() -> ClaimRules.pmid("PMC123")).hasMessageContaining("expected 1 to 9 digits");
        assertThatThrownBy(() -> ClaimRules.pmid("0123")).isInstanceOf(ClaimRules.Violation.class);
        assertThat(ClaimRules.doi("10.1126/science.1244851")).isEqualTo("10.1126/science.1244851");
        assertThat(ClaimRules.doi(null)).isNull();
        assertThatThrownBy(() -> ClaimRules.doi("doi:10.1/x")).hasMessageContaining("expected a DOI");
        assertThatThrownBy(() -> ClaimRules.doi("10.1126/has space")).isInstanceOf(ClaimRules.Violation.class);
    }

    @Test
    void contextIsOptionalAndBounded() {
        assertThat(ClaimRules.context("  ")).isNull();
        assertThat(ClaimRules.context(" T cells ")).isEqualTo("T cells");
        assertThatThrownBy(() -> ClaimRules.context("x".repeat(201))).hasMessage("context: at most 200 characters, found 201");
    }

    @Test
    void statementAndEvidenceAreRequired() {
        assertThatThrownBy(() -> ClaimRules.statement(" ")).hasMessageStartingWith("statement: expected 1 to 2000");
        assertThatThrownBy(() -> ClaimRules.evidence(0)).hasMessageContaining("at least one publication");
    }

    @Test
    void levelIsGivenOrThePredicatesAndNeverTranscriptForBindingOrDegradation() {
        assertThat(ClaimRules.level(" protein ")).isEqualTo(EffectLevel.PROTEIN);
        assertThat(ClaimRules.level("")).isNull();
        assertThatThrownBy(() -> ClaimRules.level("MRNA")).isInstanceOf(ClaimRules.Violation.class)
                .hasMessage("level: expected TRANSCRIPT, PROTEIN or ACTIVITY, found 'MRNA'");
        assertThat(ClaimRules.level(null, Predicate.DEGRADES)).isEqualTo(EffectLevel.PROTEIN);
        assertThat(ClaimRules.level(null, Predicate.BINDS)).isEqualTo(EffectLevel.ACTIVITY);
        assertThat(ClaimRules.level(null, Predicate.COMPLEX_WITH)).isEqualTo(EffectLevel.ACTIVITY);
        assertThat(ClaimRules.level(null, Predicate.REPRESSES)).isEqualTo(EffectLevel.TRANSCRIPT);
        assertThat(ClaimRules.level(null, Predicate.DOWNREGULATES)).isEqualTo(EffectLevel.TRANSCRIPT);
        assertThat(ClaimRules.level(null, Predicate.RESISTANCE_WHEN_LOW)).isEqualTo(EffectLevel.TRANSCRIPT);
        // a destabilised protein: DOWNREGULATES at PROTEIN level is allowed
        assertThat(ClaimRules.level(EffectLevel.PROTEIN, Predicate.DOWNREGULATES)).isEqualTo(EffectLevel.PROTEIN);
        assertThatThrownBy(() -> ClaimRules.level(EffectLevel.TRANSCRIPT, Predicate.DEGRADES))
                .extracting(e -> ((ClaimRules.Violation) e).field()).isEqualTo("level");
        assertThatThrownBy(() -> ClaimRules.level(EffectLevel.TRANSCRIPT, Predicate.BINDS))
                .hasMessageContaining("BINDS does not act at TRANSCRIPT level");
    }
}
