package org.gluegraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gluegraph.security.*}: API keys as {@code key:name:ROLE} entries, given inline (comma-separated) and/or in
 * a file (one per line, # comments), and whether reads need a key too.
 */
@ConfigurationProperties("gluegraph.security")
public record SecurityProperties(
        @DefaultValue("") String apiKeys,
        @DefaultValue("") String apiKeysFile,
        @DefaultValue("false") boolean requireKeyForReads) {
}
