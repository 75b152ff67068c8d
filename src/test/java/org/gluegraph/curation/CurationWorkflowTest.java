package org.gluegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every rule of the review workflow, over HTTP with API keys, against the embedded graph. */
class CurationWorkflowTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    private static Map<String, Object> claim(String subject, String predicate, String object, int sign, String context,
            String pmid) {
        return Map.of("subject", subject, "predicate", predicate, "object", object, "sign", sign, "context", context,
                "evidence", List.of(Map.of("pmid", pmid, "statement", "test statement for " + subject)));
    }

    private static void fails(GraphQlTester.Response r, String classification, String text) {
        r.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("classification", classification);
            assertThat(errors.get(0).getMessage()).contains(text);
        });
    }

    private String submit(String key, Map<String, Object> input) {
        return as(graphQl, key).documentName("submitClaim").variable("input", input).execute()
                .path("submitClaim.id").entity(String.class).get();
    }

    @Test
    void submitAcceptAndTheMechanismEdgeAppearsInTheSameStep() {
        var input = claim("pomalidomide", "DEGRADES", "IKZF3", -1, "T cells (workflow test)", "24292625");
        var r = as(graphQl, CURATOR).documentName("submitClaim").variable("input", input).execute();
        r.path("submitClaim.status").entity(String.class).isEqualTo("SUBMITTED");
        r.path("submitClaim.submittedBy").entity(String.class).isEqualTo("carol");
        r.path("submitClaim.version").entity(Integer.class).isEqualTo(1);
        String id = r.path("submitClaim.id").entity(String.class).get();
        // in the review queue, not in the accepted graph
        graphQl.documentName("claimsQueue").variable("status", "SUBMITTED").variable("first", 500).execute()
                .path("claims.edges[*].node.id").entityList(String.class).contains(id);
        as(graphQl, EDITOR).documentName("acceptClaim").variable("claimId", id).variable("comment", "checked")
                .execute().path("acceptClaim.status").entity(String.class).isEqualTo("ACCEPTED");
        graphQl.documentName("mechanism").variable("drug", "pomalidomide").variable("target", "IKZF3").execute()
                .path("mechanism[*].relations[*].claimId").entityList(String.class).contains(id);
        var history = graphQl.documentName("claimHistory").variable("id", id).execute();
        history.path("claim.events[*].action").entityList(String.class).containsExactly("SUBMIT", "ACCEPT");
        history.path("claim.events[1].actor").entity(String.class).isEqualTo("eve");
        history.path("claim.events[1].before").entity(String.class).satisfies(b -> assertThat(b).contains("SUBMITTED"));
        history.path("claim.events[1].after").entity(String.class).satisfies(a -> assertThat(a).contains("ACCEPTED"));
    }

    @Test
    void everyMutationNeedsAKeyAndTheRightRole() {
        var input = claim("lenalidomide", "UPREGULATES", "IL2", 1, "no-key test", "24292625");
        fails(graphQl.documentName("submitClaim").variable("input", input).execute(), "UNAUTHORIZED", "API key");
        fails(as(graphQl, "wrong-key-123").documentName("submitClaim").variable("input", input).execute(),
                "UNAUTHORIZED", "API key");
        fails(as(graphQl, READER).documentName("submitClaim").variable("input", input).execute(), "FORBIDDEN",
                "CURATOR");
        String id = submit(CURATOR, input);
        fails(as(graphQl, CURATOR_2).documentName("acceptClaim").variable("claimId", id).execute(), "FORBIDDEN",
                "EDITOR");
        fails(graphQl.documentName("rejectClaim").variable("claimId", id).variable("comment", "x").execute(),
                "UNAUTHORIZED", "API key");
        fails(as(graphQl, CURATOR).documentName("retractPublication").variable("publication", "24292625")
                .variable("comment", "x").execute(), "FORBIDDEN", "EDITOR");
        fails(graphQl.documentName("addEvidence").variable("claimId", id).variable("evidence",
                Map.of("pmid", "24292625", "statement", "s")).execute(), "UNAUTHORIZED", "API key");
        fails(graphQl.documentName("suggestRevision").variable("claimId", id).variable("input", input)
                .variable("comment", "c").variable("expectedVersion", 1).execute(), "UNAUTHORIZED", "API key");
        fails(graphQl.documentName("acceptRevision").variable("revisionId", "rev-x").execute(), "UNAUTHORIZED",
                "API key");
        fails(graphQl.documentName("rejectRevision").variable("revisionId", "rev-x").variable("comment", "c")
                .execute(), "UNAUTHORIZED", "API key");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} with a READER key")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"submitClaim", "addEvidence", "suggestRevision",
            "acceptClaim", "acceptRevision", "rejectClaim", "rejectRevision", "retractPublication"})
    void everyMutationRefusesTooLowARole(String mutation) {
        var input = claim("lenalidomide", "BINDS", "CRBN", 0, "role test", "24292625");
        var request = as(graphQl, READER).documentName(mutation).variable("input", input).variable("claimId", "r01")
                .variable("revisionId", "rev-x").variable("comment", "c").variable("expectedVersion", 1)
                .variable("publication", "24292625")
                .variable("evidence", Map.of("pmid", "24292625", "statement", "s"));
        fails(request.execute(), "FORBIDDEN", "needs role");
    }

    @Test
    void aSeededClaimsHistoryStartsWithItsLoad() {
        graphQl.documentName("claimHistory").variable("id", "r01").execute().path("claim.events[0].action")
                .entity(String.class).isEqualTo("LOAD");
    }

    @Test
    void nobodyAcceptsTheirOwnWorkAndRejectionNeedsAComment() {
        // an editor may submit, but another editor must accept
        String id = submit(EDITOR, claim("thalidomide", "BINDS", "CRBN", 0, "own-work test", "20223979"));
        fails(as(graphQl, EDITOR).documentName("acceptClaim").variable("claimId", id).execute(), "FORBIDDEN",
                "another editor");
        fails(as(graphQl, EDITOR_2).documentName("rejectClaim").variable("claimId", id).variable("comment", " ")
                .execute(), "BAD_REQUEST", "comment");
        as(graphQl, EDITOR_2).documentName("rejectClaim").variable("claimId", id).variable("comment", "duplicate of r03")
                .execute().path("rejectClaim.status").entity(String.class).isEqualTo("REJECTED");
        graphQl.documentName("claimHistory").variable("id", id).execute().path("claim.events[1].comment")
                .entity(String.class).isEqualTo("duplicate of r03");
    }

    @Test
    void duplicatesPointToTheExistingClaim() {
        var input = claim("lenalidomide", "DOWNREGULATES", "IRF4", -1, "duplicate test", "24292625");
        String id = submit(CURATOR, input);
        fails(as(graphQl, CURATOR_2).documentName("submitClaim").variable("input", input).execute(), "BAD_REQUEST",
                id);
        // the same claim named through other identifiers is the same claim
        fails(as(graphQl, CURATOR_2).documentName("submitClaim").variable("input", claim("CHEMBL848", "DOWNREGULATES",
                "HGNC:6119", -1, " Duplicate TEST ", "24292625")).execute(), "BAD_REQUEST", "addEvidence");
    }

    @Test
    void staleVersionsAreRefusedAndRevisionsApplyOnlyOnce() {
        String id = submit(CURATOR, claim("lenalidomide", "ACTIVATES", "IL2", 1, "revision test", "24292625"));
        var revised = claim("lenalidomide", "UPREGULATES", "IL2", 1, "revision test", "24292625");
        String rev = as(graphQl, CURATOR_2).documentName("suggestRevision").variable("claimId", id)
                .variable("input", revised).variable("comment", "IL2 is induced at the mRNA level")
                .variable("expectedVersion", 1).execute().path("suggestRevision.id").entity(String.class).get();
        // accepting evidence moves the claim to version 2: the revision written against version 1 is stale
        as(graphQl, CURATOR).documentName("addEvidence").variable("claimId", id).variable("evidence",
                Map.of("doi", "10.1038/nature13527", "statement", "more support")).execute()
                .path("addEvidence.version").entity(Integer.class).isEqualTo(2);
        fails(as(graphQl, CURATOR_2).documentName("suggestRevision").variable("claimId", id)
                .variable("input", revised).variable("comment", "again").variable("expectedVersion", 1).execute(),
                "BAD_REQUEST", "version 2");
        fails(as(graphQl, EDITOR).documentName("acceptRevision").variable("revisionId", rev).execute(), "BAD_REQUEST",
                "suggested again");
        String rev2 = as(graphQl, CURATOR_2).documentName("suggestRevision").variable("claimId", id)
                .variable("input", revised).variable("comment", "IL2 is induced at the mRNA level")
                .variable("expectedVersion", 2).execute().path("suggestRevision.id").entity(String.class).get();
        fails(as(graphQl, EDITOR).documentName("rejectRevision").variable("revisionId", rev2).variable("comment", "")
                .execute(), "BAD_REQUEST", "comment");
        as(graphQl, EDITOR).documentName("acceptRevision").variable("revisionId", rev2).variable("comment", "ok")
                .execute().path("acceptRevision.relation.predicate").entity(String.class).isEqualTo("UPREGULATES");
        fails(as(graphQl, EDITOR_2).documentName("acceptRevision").variable("revisionId", rev2).execute(),
                "BAD_REQUEST", "already ACCEPTED");
        graphQl.documentName("claimHistory").variable("id", id).execute().path("claim.revisions[*].status")
                .entityList(String.class).containsExactly("PENDING", "ACCEPTED");
    }

    @Test
    void malformedIdentifiersAndCypherLookingInputAreRefused() {
        fails(as(graphQl, CURATOR).documentName("submitClaim").variable("input", claim("lenalidomide", "BINDS", "CRBN",
                0, "pmid test", "PMID:123")).execute(), "BAD_REQUEST", "pmid");
        fails(as(graphQl, CURATOR).documentName("submitClaim").variable("input", Map.of("subject", "lenalidomide",
                "predicate", "BINDS", "object", "CRBN", "sign", 0, "evidence", List.of(Map.of("doi", "not a doi",
                        "statement", "s")))).execute(), "BAD_REQUEST", "doi");
        fails(as(graphQl, CURATOR).documentName("submitClaim").variable("input", claim("x'}) MATCH (n) DETACH DELETE n //",
                "BINDS", "CRBN", 0, "cypher test", "24292625")).execute(), "NOT_FOUND", "no gene or drug");
        fails(as(graphQl, CURATOR).documentName("submitClaim").variable("input", claim("lenalidomide", "CURES", "CRBN",
                0, "predicate test", "24292625")).execute(), "BAD_REQUEST", "predicate");
        fails(as(graphQl, CURATOR).documentName("submitClaim").variable("input", claim("lenalidomide", "BINDS", "CRBN",
                2, "sign test", "24292625")).execute(), "BAD_REQUEST", "sign");
        // the graph is intact
        graphQl.documentName("gene").variable("id", "CRBN").execute().path("gene.symbol").entity(String.class)
                .isEqualTo("CRBN");
    }

    @Test
    void retractionRemovesClaimsThatRestOnlyOnThePublication() {
        // a claim resting on one new publication, and one with a second, independent publication
        String alone = submit(CURATOR, claim("CC-885", "UPREGULATES", "CD274", 1, "retraction test",
                "31000001"));
        String both = submit(CURATOR, claim("CC-885", "DOWNREGULATES", "CD274", -1, "retraction test",
                "31000001"));
        as(graphQl, CURATOR).documentName("addEvidence").variable("claimId", both).variable("evidence",
                Map.of("pmid", "31000002", "statement", "independent")).execute();
        for (String id : List.of(alone, both)) {
            as(graphQl, EDITOR).documentName("acceptClaim").variable("claimId", id).execute()
                    .path("acceptClaim.status").entity(String.class).isEqualTo("ACCEPTED");
        }
        as(graphQl, EDITOR).documentName("retractPublication").variable("publication", "31000001")
                .variable("comment", "retracted by the journal").execute()
                .path("retractPublication.retracted").entity(Boolean.class).isEqualTo(true);
        graphQl.documentName("claimHistory").variable("id", alone).execute().path("claim.status")
                .entity(String.class).isEqualTo("RETRACTED");
        var other = graphQl.documentName("claimHistory").variable("id", both).execute();
        other.path("claim.status").entity(String.class).isEqualTo("ACCEPTED");
        other.path("claim.relation.evidence[*].publication.pmid").entityList(String.class).containsExactly("31000002");
        var paths = graphQl.documentName("mechanism").variable("drug", "CC-885").variable("target", "CD274")
                .execute().path("mechanism[*].relations[*].claimId").entityList(String.class);
        paths.contains(both).doesNotContain(alone);
    }

    @Test
    void levelIsDerivedCheckedAndKeptByARevisionThatDoesNotNameIt() {
        Map<String, Object> destabilised = new java.util.HashMap<>(claim("avadomide", "DOWNREGULATES", "BSG", -1,
                "level test", "24292625"));
        destabilised.put("level", "PROTEIN");
        var r = as(graphQl, CURATOR).documentName("submitClaim").variable("input", destabilised).execute();
        r.path("submitClaim.relation.level").entity(String.class).isEqualTo("PROTEIN");
        String id = r.path("submitClaim.id").entity(String.class).get();
        // no level given: the predicate's
        as(graphQl, CURATOR).documentName("submitClaim").variable("input", claim("avadomide", "DEGRADES", "IKZF3", -1,
                "level test", "24292625")).execute().path("submitClaim.relation.level").entity(String.class)
                .isEqualTo("PROTEIN");
        as(graphQl, CURATOR).documentName("submitClaim").variable("input", claim("avadomide", "UPREGULATES", "IL2", 1,
                "level test", "24292625")).execute().path("submitClaim.relation.level").entity(String.class)
                .isEqualTo("TRANSCRIPT");
        Map<String, Object> wrong = new java.util.HashMap<>(claim("avadomide", "DEGRADES", "IKZF1", -1, "level test",
                "24292625"));
        wrong.put("level", "TRANSCRIPT");
        fails(as(graphQl, CURATOR).documentName("submitClaim").variable("input", wrong).execute(), "BAD_REQUEST",
                "input.level: DEGRADES does not act at TRANSCRIPT level");
        // a revision of the context that names no level keeps PROTEIN (the predicate's default would be TRANSCRIPT)
        var revised = claim("avadomide", "DOWNREGULATES", "BSG", -1, "level test, myeloma cells", "24292625");
        String rev = as(graphQl, CURATOR_2).documentName("suggestRevision").variable("claimId", id)
                .variable("input", revised).variable("comment", "context made precise").variable("expectedVersion", 1)
                .execute().path("suggestRevision.id").entity(String.class).get();
        var accepted = as(graphQl, EDITOR).documentName("acceptRevision").variable("revisionId", rev).execute();
        accepted.path("acceptRevision.relation.level").entity(String.class).isEqualTo("PROTEIN");
        accepted.path("acceptRevision.relation.context").entity(String.class).isEqualTo("level test, myeloma cells");
        // a revision that names a level sets it
        Map<String, Object> activity = new java.util.HashMap<>(revised);
        activity.put("level", "ACTIVITY");
        String rev2 = as(graphQl, CURATOR_2).documentName("suggestRevision").variable("claimId", id)
                .variable("input", activity).variable("comment", "acts on activity").variable("expectedVersion", 2)
                .execute().path("suggestRevision.id").entity(String.class).get();
        as(graphQl, EDITOR).documentName("acceptRevision").variable("revisionId", rev2).execute()
                .path("acceptRevision.relation.level").entity(String.class).isEqualTo("ACTIVITY");
    }
}
