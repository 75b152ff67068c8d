package org.gluegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The graph's version is the sum of its stripes: each write adds exactly one to one stripe, chosen at random, and
 * this process sees its own write at once.
 */
class VersionStripesTest extends IntegrationTest {

    @Autowired
    Graph graph;

    @Autowired
    Driver driver;

    @Test
    void eachWriteAdvancesTheSumByOneOnSomeStripe() {
        GraphVersion before = graph.version();
        for (int i = 0; i < 40; i++) {
            long seen = graph.version().data();
            graph.write(tx -> null);
            assertThat(graph.version().data()).as("seen at once after write " + i).isGreaterThan(seen);
        }
        graph.load(tx -> null, Set.of(GraphVersion.Facet.GENE_SETS));
        GraphVersion after = graph.version();
        assertThat(after.data()).isEqualTo(before.data() + 41);
        assertThat(after.geneSets()).isEqualTo(before.geneSets() + 1);
        assertThat(after.genes()).isEqualTo(before.genes());
        try (var session = driver.session()) {
            long used = session.run("MATCH (v:GraphVersion) WHERE v.data > 0 RETURN count(v) AS n").single()
                    .get("n").asLong();
            long stripes = session.run("MATCH (v:GraphVersion) RETURN count(v) AS n").single().get("n").asLong();
            assertThat(stripes).isLessThanOrEqualTo(Graph.VERSION_STRIPES);
            assertThat(used).isGreaterThan(1); // 41 writes on one of 16 stripes each
        }
    }
}
