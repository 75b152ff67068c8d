package org.gluegraph.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gluegraph.http.*}: what the HTTP endpoints accept. The defaults are stated here only.
 *
 * @param allowedOrigins origins whose pages may call {@code /graphql} and {@code /api/} from a browser (CORS), e.g.
 *        {@code https://lab.example.org}; empty (the default) allows none, so only same-origin pages and
 *        non-browser clients reach the API
 * @param maxRequestSize the largest GraphQL request body; a larger one is refused with 413 before it is read
 */
@ConfigurationProperties("gluegraph.http")
public record HttpProperties(
        @DefaultValue({}) List<String> allowedOrigins,
        @DefaultValue("2MB") DataSize maxRequestSize) {
}
