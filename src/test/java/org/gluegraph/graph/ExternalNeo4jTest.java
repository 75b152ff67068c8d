package org.gluegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gluegraph.GlueGraphApplication;
import org.gluegraph.about.AboutService;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * With {@code gluegraph.neo4j.uri} set the service starts no database of its own and talks to that server:
 * here, the embedded Neo4j of the shared test context stands in for an external one.
 */
class ExternalNeo4jTest extends IntegrationTest {

    @Autowired
    GraphServer server;
    @Autowired
    AboutService about;

    @Test
    void aSecondServiceUsesTheConfiguredServer() {
        assertThat(server.embedded()).isTrue();
        try (var ctx = new SpringApplicationBuilder(GlueGraphApplication.class).web(WebApplicationType.NONE)
                .run("--gluegraph.neo4j.uri=" + server.uri(), "--gluegraph.seed.enabled=false",
                        "--gluegraph.data-dir=" + dataDir().resolve("unused"))) {
            GraphServer external = ctx.getBean(GraphServer.class);
            assertThat(external.embedded()).isFalse();
            assertThat(external.uri()).isEqualTo(server.uri());
            assertThat(ctx.getBean(AboutService.class).about().counts()).isEqualTo(about.about().counts());
            assertThat(dataDir().resolve("unused")).doesNotExist();
        }
    }

    @Test
    void aMalformedUriIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(GlueGraphApplication.class).web(WebApplicationType.NONE)
                .run("--gluegraph.neo4j.uri=http://localhost:7474", "--gluegraph.seed.enabled=false").close())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gluegraph.neo4j.uri (GLUEGRAPH_NEO4J_URI): expected a URI like bolt://host:7687, "
                        + "neo4j://host or neo4j+s://host, got 'http://localhost:7474'");
    }
}
