package org.gluegraph.seed;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gluegraph.seed.*}: whether a start loads {@code seed-data/} (idempotent: unchanged files are skipped) and
 * which named steps to leave out ({@code genes}, {@code drugs}, {@code curated}, {@code pathways}, {@code expression}).
 */
@ConfigurationProperties("gluegraph.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> skip) {
}
