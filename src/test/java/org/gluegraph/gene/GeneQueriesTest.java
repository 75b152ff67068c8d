package org.gluegraph.gene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

class GeneQueriesTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "IKZF1, IKZF1", "ikzf1, IKZF1", "Ikaros, IKZF1", "IKAROS, IKZF1", "HGNC:13176, IKZF1", "hgnc:13176, IKZF1",
            "10320, IKZF1", "ENSG00000185811, IKZF1", "ENSG00000185811.17, IKZF1", "ensg00000185811, IKZF1",
            "Aiolos, IKZF3", "ADAR1, ADAR", "c-Myc, MYC", "beta-catenin, CTNNB1", "CK1alpha, CSNK1A1",
            "CTNNB, CTNNB1", "ZNFN1A3, IKZF3", "' CRBN ', CRBN"})
    void geneAcceptsWhatAResearcherTypes(String term, String symbol) {
        graphQl.documentName("gene").variable("id", term.strip().equals("CRBN") ? " CRBN " : term).execute()
                .path("gene.symbol").entity(String.class).isEqualTo(symbol);
    }

    @Test
    void geneCarriesHgncIdentifiers() {
        var gene = graphQl.documentName("gene").variable("id", "IKZF1").execute();
        gene.path("gene.hgncId").entity(String.class).isEqualTo("HGNC:13176");
        gene.path("gene.entrezId").entity(String.class).isEqualTo("10320");
        gene.path("gene.ensemblId").entity(String.class).isEqualTo("ENSG00000185811");
        gene.path("gene.aliases").entityList(String.class).contains("IKAROS");
    }

    @Test
    void unknownGeneIsNull() {
        graphQl.documentName("gene").variable("id", "NOT_A_GENE_XYZ").execute().path("gene").valueIsNull();
    }

    @Test
    void ambiguousGeneIsAnErrorNamingTheCandidates() {
        graphQl.documentName("gene").variable("id", "VMA5").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("ambiguous").contains("ATP6V1C1").contains("ATP6V1C2");
            assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
        });
    }

    @Test
    void resolveGenesReportsMatchesAmbiguityAndMisses() {
        var r = graphQl.documentName("resolveGenes")
                .variable("terms", List.of("Ikaros", "VMA5", "nonsense-gene", "7157", "MYC")).execute();
        r.path("resolveGenes.matches[*].term").entityList(String.class).containsExactly("Ikaros", "7157", "MYC");
        r.path("resolveGenes.matches[*].gene.symbol").entityList(String.class).containsExactly("IKZF1", "TP53", "MYC");
        r.path("resolveGenes.matches[*].matchedOn").entityList(String.class).containsExactly("alias", "entrez", "symbol");
        r.path("resolveGenes.ambiguous[0].term").entity(String.class).isEqualTo("VMA5");
        assertThat(r.path("resolveGenes.ambiguous[0].candidates[*].symbol").entityList(String.class).get())
                .containsExactlyInAnyOrder("ATP6V1C1", "ATP6V1C2");
        r.path("resolveGenes.unmatched").entityList(String.class).containsExactly("nonsense-gene");
    }

    @Test
    void approvedSymbolWinsOverAnotherGenesAlias() {
        // HGNC lists PSAP as an alias of MTCH1; PSAP is also the approved symbol of prosaposin.
        var r = graphQl.documentName("resolveGenes").variable("terms", List.of("psap")).execute();
        r.path("resolveGenes.matches[0].gene.symbol").entity(String.class).isEqualTo("PSAP");
        r.path("resolveGenes.matches[0].matchedOn").entity(String.class).isEqualTo("symbol");
        r.path("resolveGenes.ambiguous").entityList(Object.class).hasSize(0);
    }
}
