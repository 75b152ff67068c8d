package org.gluegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Revisions re-project their claim (the edge moves with the subject, in the same transaction) and apply only to
 * SUBMITTED or ACCEPTED claims, so a rejected claim's triple stays free to be submitted again.
 */
class RevisionRulesTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    private static Map<String, Object> claim(String subject, String predicate, String object, int sign, String context) {
        return Map.of("subject", subject, "predicate", predicate, "object", object, "sign", sign, "context", context,
                "evidence", List.of(Map.of("pmid", "24292625", "statement", "revision rules test")));
    }

    private String submit(Map<String, Object> input) {
        return as(graphQl, CURATOR).documentName("submitClaim").variable("input", input).execute()
                .path("submitClaim.id").entity(String.class).get();
    }

    private String suggest(String claimId, Map<String, Object> input, int version) {
        return as(graphQl, CURATOR_2).documentName("suggestRevision").variable("claimId", claimId)
                .variable("input", input).variable("comment", "the subject is another gene")
                .variable("expectedVersion", version).execute().path("suggestRevision.id").entity(String.class).get();
    }

    private static void fails(GraphQlTester.Response r, String classification, String... words) {
        r.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("classification", classification);
            for (String w : words) {
                assertThat(errors.get(0).getMessage()).contains(w);
            }
        });
    }

    /** The symbols of each mechanism path from lenalidomide to the target that runs over the claim. */
    @SuppressWarnings("unchecked")
    private List<List<String>> pathsOver(String claimId, String target) {
        List<Map<String, Object>> paths = graphQl.documentName("mechanism").variable("drug", "lenalidomide")
                .variable("target", target).variable("maxHops", 3).execute().path("mechanism")
                .entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
        return paths.stream().filter(p -> ((List<Map<String, Object>>) p.get("relations")).stream()
                        .anyMatch(r -> claimId.equals(r.get("claimId"))))
                .map(p -> ((List<Map<String, Object>>) p.get("nodes")).stream()
                        .map(n -> (String) (n.get("symbol") != null ? n.get("symbol") : n.get("name"))).toList())
                .toList();
    }

    @Test
    void acceptingARevisionThatChangesTheSubjectMovesTheEdge() {
        String id = submit(claim("IKZF1", "ACTIVATES", "BCL6", 1, "revision moves the edge"));
        as(graphQl, EDITOR).documentName("acceptClaim").variable("claimId", id).variable("comment", "ok").execute()
                .path("acceptClaim.status").entity(String.class).isEqualTo("ACCEPTED");
        assertThat(pathsOver(id, "BCL6")).containsExactly(List.of("lenalidomide", "IKZF1", "BCL6"));

        String rev = suggest(id, claim("IKZF3", "ACTIVATES", "BCL6", 1, "revision moves the edge"), 2);
        as(graphQl, EDITOR).documentName("acceptRevision").variable("revisionId", rev).variable("comment", "right")
                .execute().path("acceptRevision.status").entity(String.class).isEqualTo("ACCEPTED");

        // no path through the gene the claim no longer names; the one through its new subject
        assertThat(pathsOver(id, "BCL6")).containsExactly(List.of("lenalidomide", "IKZF3", "BCL6"));
        var view = graphQl.documentName("graphView").variable("input", Map.of("drug", "lenalidomide")).execute();
        List<String> sources = view.path("graphView.edges[?(@.id == '" + id + "')].source").entityList(String.class).get();
        assertThat(sources).containsExactly("HGNC:13178"); // IKZF3
    }

    @Test
    void aRejectedClaimCannotBeRevisedAndItsTripleStaysFree() {
        var input = claim("IKZF1", "REPRESSES", "BCL2", -1, "rejected then revised");
        String id = submit(input);
        as(graphQl, EDITOR).documentName("rejectClaim").variable("claimId", id).variable("comment", "no evidence")
                .execute().path("rejectClaim.status").entity(String.class).isEqualTo("REJECTED");
        fails(as(graphQl, CURATOR_2).documentName("suggestRevision").variable("claimId", id)
                .variable("input", claim("IKZF3", "REPRESSES", "BCL2", -1, "rejected then revised"))
                .variable("comment", "try again").variable("expectedVersion", 2).execute(),
                "BAD_REQUEST", "REJECTED", "only SUBMITTED or ACCEPTED");
        // the same triple may be submitted anew
        String again = submit(input);
        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void aRevisionOfAClaimRejectedMeanwhileCannotBeAccepted() {
        var input = claim("IKZF1", "REPRESSES", "BCL2L1", -1, "revised then rejected");
        String id = submit(input);
        String rev = suggest(id, claim("IKZF3", "REPRESSES", "BCL2L1", -1, "revised then rejected"), 1);
        as(graphQl, EDITOR).documentName("rejectClaim").variable("claimId", id).variable("comment", "wrong gene")
                .execute().path("rejectClaim.status").entity(String.class).isEqualTo("REJECTED");
        fails(as(graphQl, EDITOR).documentName("acceptRevision").variable("revisionId", rev).variable("comment", "x")
                .execute(), "BAD_REQUEST", "REJECTED");
        graphQl.documentName("claimHistory").variable("id", id).execute().path("claim.status").entity(String.class)
                .isEqualTo("REJECTED");
        // neither the original nor the revised triple is blocked
        submit(input);
        submit(claim("IKZF3", "REPRESSES", "BCL2L1", -1, "revised then rejected"));
    }
}
