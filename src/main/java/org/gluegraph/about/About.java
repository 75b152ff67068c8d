package org.gluegraph.about;

import java.util.Map;

/** ServiceInfo: service and data versions, node and edge counts. */
public record About(String version, String dataVersion, Map<String, Object> counts) {
}
