package org.gluegraph.about;

import java.util.List;
import java.util.Map;

/** ServiceInfo: service and data versions, node and edge counts (also per source), the imports, the gene-set collections. */
public record About(String version, String dataVersion, Map<String, Object> counts, List<ImportInfo> imports,
                    List<CollectionInfo> collections) {
}
