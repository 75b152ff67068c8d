package org.gluegraph.graph;

public record Evidence(Publication publication, String statement) {
}
