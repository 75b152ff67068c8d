package org.gluegraph.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphVersion;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Writes that change only the review queue (submitting, evidence on a submitted claim, revisions, rejections) leave
 * the published version, and so the cached answers of the accepted graph, alone; unreviewed reads and every write
 * that reaches the accepted graph still see the change at once.
 */
class ReviewQueueVersionTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Graph graph;

    @Autowired
    MechanismService mechanism;

    private static Map<String, Object> claim(String context) {
        return Map.of("subject", "IKZF1", "predicate", "ACTIVATES", "object", "BCL6", "sign", 1, "context", context,
                "evidence", List.of(Map.of("pmid", "24292625", "statement", "review queue test")));
    }

    private List<String> claimIds(boolean unreviewed) {
        return graphQl.documentName("mechanism").variable("drug", "lenalidomide").variable("target", "BCL6")
                .variable("maxHops", 3).variable("unreviewed", unreviewed).execute()
                .path("mechanism[*].relations[*].claimId").entityList(String.class).get();
    }

    @Test
    void reviewQueueWritesKeepThePublishedVersionAndItsCachedAnswers() {
        List<MechanismPath> cached = mechanism.mechanism("lenalidomide", "MYC", 3, null, false);
        GraphVersion before = graph.version();

        String id = as(graphQl, CURATOR).documentName("submitClaim").variable("input", claim("review queue")).execute()
                .path("submitClaim.id").entity(String.class).get();
        as(graphQl, CURATOR_2).documentName("addEvidence").variable("claimId", id)
                .variable("evidence", Map.of("pmid", "23075095", "statement", "more")).execute()
                .path("addEvidence.id").entity(String.class).isEqualTo(id);

        GraphVersion queued = graph.version();
        assertThat(queued.data()).as("every write advances data").isEqualTo(before.data() + 2);
        assertThat(queued.published()).as("the accepted graph did not change").isEqualTo(before.published());
        assertThat(mechanism.mechanism("lenalidomide", "MYC", 3, null, false)).as("answered from the cache")
                .isSameAs(cached);
        assertThat(claimIds(false)).doesNotContain(id);
        assertThat(claimIds(true)).as("unreviewed reads are keyed by data: seen at once").contains(id);

        as(graphQl, EDITOR).documentName("acceptClaim").variable("claimId", id).variable("comment", "ok").execute()
                .path("acceptClaim.status").entity(String.class).isEqualTo("ACCEPTED");
        GraphVersion accepted = graph.version();
        assertThat(accepted.published()).isEqualTo(queued.published() + 1);
        assertThat(claimIds(false)).as("the accepted claim joins the cached graph at once").contains(id);
        assertThat(mechanism.mechanism("lenalidomide", "MYC", 3, null, false)).isNotSameAs(cached);

        // evidence on an accepted claim changes what readers of the accepted graph see
        as(graphQl, CURATOR_2).documentName("addEvidence").variable("claimId", id)
                .variable("evidence", Map.of("pmid", "24328678", "statement", "accepted evidence")).execute()
                .path("addEvidence.id").entity(String.class).isEqualTo(id);
        assertThat(graph.version().published()).isEqualTo(accepted.published() + 1);
    }
}
