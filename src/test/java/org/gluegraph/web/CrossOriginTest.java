package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** gluegraph.http.allowed-origins: which paths and origins the CORS configuration covers. */
class CrossOriginTest {

    private static HttpProperties origins(String... o) {
        return new HttpProperties(List.of(o), DataSize.ofMegabytes(2), new HttpProperties.RateLimit(50, 10, 5, null, java.time.Duration.ofSeconds(2)));
    }

    @Test
    void noOriginsMeansNoConfigurationAnywhere() {
        var source = CrossOrigin.source(origins(), "/graphql");
        assertThat(source.getCorsConfiguration(new MockHttpServletRequest("POST", "/graphql"))).isNull();
        assertThat(source.getCorsConfiguration(new MockHttpServletRequest("POST", "/api/datasets"))).isNull();
    }

    @Test
    void listedOriginsMayCallTheGraphQlAndApiPathsWithoutCredentials() {
        var source = CrossOrigin.source(origins("https://lab.example.org", "http://localhost:3000"), "/graphql");
        for (String path : List.of("/graphql", "/api/datasets", "/api/datasets/abc")) {
            var config = source.getCorsConfiguration(new MockHttpServletRequest("POST", path));
            assertThat(config).as(path).isNotNull();
            assertThat(config.checkOrigin("https://lab.example.org")).isEqualTo("https://lab.example.org");
            assertThat(config.checkOrigin("https://elsewhere.example")).isNull();
            assertThat(config.getAllowCredentials()).isFalse();
            assertThat(config.checkHeaders(List.of("Authorization", "Content-Type"))).hasSize(2);
        }
        assertThat(source.getCorsConfiguration(new MockHttpServletRequest("GET", "/graphiql"))).isNull();
    }

    @Test
    void aMalformedOriginStopsTheStartNamingIt() {
        assertThatThrownBy(() -> CrossOrigin.source(origins("lab.example.org/"), "/graphql"))
                .hasMessageContaining("gluegraph.http.allowed-origins").hasMessageContaining("lab.example.org/");
    }
}
