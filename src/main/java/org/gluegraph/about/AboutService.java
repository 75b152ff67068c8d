package org.gluegraph.about;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphSchema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

@Service
public class AboutService {

    private final Graph graph;
    private final String version;
    private final GraphSchema schema;

    public AboutService(Graph graph, ObjectProvider<BuildProperties> build, GraphSchema schema) {
        this.graph = graph;
        this.schema = schema;
        BuildProperties b = build.getIfAvailable();
        this.version = b != null ? b.getVersion() : "development";
    }

    public About about() {
        return graph.read(tx -> {
            var r = tx.run(graph.cypher("query/about-counts")).single();
            Map<String, Object> counts = new LinkedHashMap<>();
            for (String k : List.of("genes", "drugs", "pathways", "publications", "claims", "contrasts", "memberships")) {
                counts.put(k, r.get(k).asLong());
            }
            counts.put("schemaVersion", schema.version());
            List<String> seeds = r.get("seeds").asList(v -> v.asString());
            var s = tx.run(graph.cypher("about/sources")).single();
            List<ImportInfo> imports = s.get("imports").asList(v -> ImportInfo.from(v.asMap()));
            // edges per source: the accepted curated claims, and each import's edges
            Map<String, Object> sources = new LinkedHashMap<>();
            sources.put("CURATED", s.get("curated").asLong());
            imports.forEach(i -> sources.put(i.source(), i.edges()));
            counts.put("sources", sources);
            List<CollectionInfo> collections = tx.run(graph.cypher("about/collections")).list(c -> new CollectionInfo(
                    c.get("name").asString(), c.get("version").asString(null), c.get("owner").asString(null),
                    c.get("owner").isNull(), c.get("uploadedAt").asString(null), c.get("sets").asLong(0),
                    c.get("memberships").asLong(0), c.get("genes").isNull() ? null : c.get("genes").asLong(),
                    c.get("mappedGenes").asLong(0), c.get("unmappedGenes").asLong(0), c.get("ambiguousGenes").asLong(0)));
            return new About(version, dataVersion(seeds), counts, imports, collections);
        });
    }

    /** A short digest of the seed files loaded: equal data, equal version. */
    static String dataVersion(List<String> seeds) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            seeds.stream().sorted().forEach(s -> md.update(s.getBytes(StandardCharsets.UTF_8)));
            return "seed-" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
