package org.gluegraph.curation;

public record Evidence(Publication publication, String statement) {
}
