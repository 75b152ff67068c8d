package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Expensive fields cost what they compute, inside the complexity limit, so the requests that kept the CPU busy
 * for minutes are refused before anything runs; anonymous callers have the smaller limit.
 */
class QueryCostTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    private static void tooComplex(GraphQlTester.Response r, String... words) {
        r.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("maximum query complexity exceeded");
            for (String w : words) {
                assertThat(errors.get(0).getMessage()).contains(w);
            }
            assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
        });
        r.path("enrichment").pathDoesNotExist();
    }

    private static final String GSEA = "query($p: Int) { enrichment(input: {method: GSEA, contrast: "
            + "\"lenalidomide_vs_dmso_synthetic\", permutations: $p}) { setsTested results { padj } } }";

    @Test
    void gseaCostsItsPermutationsTimesItsSets() {
        // the default 10,000 permutations over all three collections (48 s), and 1,000,000 (minutes)
        tooComplex(as(graphQl, READER).document(GSEA).variable("p", 10_000).execute(), "permutations");
        tooComplex(as(graphQl, READER).document(GSEA).variable("p", 1_000_000).execute());
        // over HALLMARK only, 10,000 permutations are cheap and run
        as(graphQl, READER).document("{ enrichment(input: {method: GSEA, contrast: \"lenalidomide_vs_dmso_synthetic\", "
                        + "collections: [\"HALLMARK\"], permutations: 10000, first: 5}) { setsTested } }").execute()
                .path("enrichment.setsTested").entity(Integer.class).isEqualTo(50);
    }

    @Test
    void fiveHundredAliasedEnrichmentsAreRefused() {
        String doc = "{ " + IntStream.range(0, 500).mapToObj(i -> "e" + i + ": enrichment(input: {genes: [\"MYC\", "
                + "\"IRF4\", \"STAT1\"]}) { setsTested }").collect(Collectors.joining(" ")) + " }";
        tooComplex(as(graphQl, READER).document(doc).execute());
    }

    @Test
    void resolvingFiftyThousandTermsWithTheirPathwaysIsRefused() {
        List<String> terms = IntStream.range(0, 50_000).mapToObj(i -> "no-such-gene-" + i).toList();
        tooComplex(as(graphQl, READER).document("query($t: [String!]!) { resolveGenes(terms: $t) { matches { gene { "
                + "symbol pathways { edges { node { id name } } } } } } }").variable("t", terms).execute());
        // the same terms without per-gene fields: only the resolution, which is cheap (the count keeps the answer small)
        var few = as(graphQl, READER).document("query($t: [String!]!) { resolveGenes(terms: $t) { matches { term } } }")
                .variable("t", terms).execute();
        few.path("resolveGenes.matches").entityList(Object.class).hasSize(0);
    }

    @Test
    void anonymousCallersHaveTheSmallerLimit() {
        String deep = "{ mechanism(drug: \"lenalidomide\", maxHops: 6) { predictedSign nodes { __typename } "
                + "relations { claimId predicate sign evidence { statement publication { pmid doi title } } } } }";
        tooComplex(graphQl.document(deep).execute(), "anonymous.max-complexity", "keyed callers may ask for 2000");
        as(graphQl, READER).document(deep).execute().path("mechanism").entityList(Map.class)
                .satisfies(paths -> assertThat(paths).isNotEmpty());
    }

    @Test
    void invalidArgumentsStillGetTheirOwnMessage() {
        // costs are computed for the nearest valid value, so the field explains what is wrong
        graphQl.document("{ mechanism(drug: \"lenalidomide\", maxHops: 1000) { predictedSign } }").execute().errors()
                .satisfy(e -> assertThat(e.get(0).getMessage()).contains("maxHops").contains("1 to 6"));
        graphQl.document("{ drugs(first: 100000) { totalCount } }").execute().errors()
                .satisfy(e -> assertThat(e.get(0).getMessage()).contains("first").contains("0 to 500"));
    }
}
