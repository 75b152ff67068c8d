package org.gluegraph.pathway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.gene.GeneResolution;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphVersion;
import org.gluegraph.seed.SeedSource;
import org.gluegraph.seed.SeedStep;
import org.gluegraph.seed.TsvFile;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The pathway collections listed in {@code pathways/collections.tsv} (GMT files) and Reactome's hierarchy.
 * Member names are mapped to HGNC genes by the same rules as user input; what does not map (Reactome lists
 * viral and bacterial proteins, some names are ambiguous) is counted and logged, never guessed.
 */
@Component
@Order(40)
public class PathwaySeed implements SeedStep {

    private static final Logger log = LoggerFactory.getLogger(PathwaySeed.class);
    static final String COLLECTIONS = "pathways/collections.tsv";
    static final String REACTOME_NAMES = "pathways/reactome/ReactomePathways.human.tsv";
    static final String REACTOME_HIERARCHY = "pathways/reactome/ReactomePathwaysRelation.human.tsv";
    private static final int BATCH = 500;

    private final Graph graph;
    private final GeneResolver resolver;

    public PathwaySeed(Graph graph, GeneResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "pathways";
    }

    @Override
    public Set<GraphVersion.Facet> changes() {
        return Set.of(GraphVersion.Facet.GENE_SETS);
    }

    @Override
    public List<String> files() {
        return List.of(COLLECTIONS, REACTOME_NAMES, REACTOME_HIERARCHY);
    }

    @Override
    public List<String> files(SeedSource source) {
        List<String> files = new ArrayList<>(files());
        source.tsv(COLLECTIONS).rows().forEach(r -> files.add("pathways/" + r.get("file")));
        return files;
    }

    @Override
    public Parsed parse(SeedSource source) {
        TsvFile collections = source.tsv(COLLECTIONS).require("collection", "version", "layout", "file");
        Map<String, List<Gmt.GeneSetLine>> sets = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (TsvFile.Row r : collections.rows()) {
            String collection = r.matching("collection", "[A-Z][A-Z0-9_]*", "an upper-case collection name", false);
            Gmt.Layout layout = Gmt.Layout.parse(r.required("layout"), COLLECTIONS + " line " + r.line() + ", column layout");
            String file = "pathways/" + r.required("file");
            versions.put(collection, r.required("version"));
            sets.put(collection, Gmt.read(file, source.bytes(file), layout));
        }
        Map<String, String> reactomeNames = new HashMap<>();
        for (TsvFile.Row r : source.tsv(REACTOME_NAMES).require("id", "name").rows()) {
            reactomeNames.put(r.matching("id", "R-HSA-\\d+", "a Reactome human stable id (R-HSA-...)", false), r.required("name"));
        }
        List<Map<String, Object>> hierarchy = new ArrayList<>();
        for (TsvFile.Row r : source.tsv(REACTOME_HIERARCHY).require("parent", "child").rows()) {
            hierarchy.add(Map.of(
                    "parent", r.matching("parent", "R-HSA-\\d+", "a Reactome human stable id", false),
                    "child", r.matching("child", "R-HSA-\\d+", "a Reactome human stable id", false)));
        }
        int total = sets.values().stream().mapToInt(List::size).sum();
        return new Parsed() {
            @Override
            public int rows() {
                return total + hierarchy.size();
            }

            @Override
            public void write(TransactionContext tx, Progress progress) {
                Set<String> names = new LinkedHashSet<>();
                sets.values().forEach(l -> l.forEach(s -> names.addAll(s.members())));
                GeneResolution resolution = resolver.resolve(List.copyOf(names));
                Map<String, String> hgnc = new HashMap<>();
                resolution.matches().stream().filter(GeneResolution.GeneMatch::exactCase)
                        .forEach(m -> hgnc.put(m.term(), m.gene().hgncId()));
                Set<String> ambiguous = new HashSet<>();
                resolution.ambiguous().forEach(a -> ambiguous.add(a.term()));

                for (var e : sets.entrySet()) {
                    String collection = e.getKey();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    Set<String> unmapped = new HashSet<>();
                    Set<String> ambiguousHere = new HashSet<>();
                    long memberships = 0;
                    for (Gmt.GeneSetLine s : e.getValue()) {
                        Set<String> members = new LinkedHashSet<>();
                        for (String g : s.members()) {
                            String id = hgnc.get(g);
                            if (id != null) {
                                members.add(id);
                            } else if (ambiguous.contains(g)) {
                                ambiguousHere.add(g);
                            } else {
                                unmapped.add(g);
                            }
                        }
                        memberships += members.size();
                        String name = collection.equals("REACTOME") ? reactomeNames.getOrDefault(s.id(), s.name()) : s.name();
                        rows.add(Map.of("id", s.id(), "name", name, "members", List.copyOf(members)));
                    }
                    if (collection.equals("REACTOME")) {
                        // pathways without gene members still hold the hierarchy together
                        Set<String> present = new HashSet<>();
                        e.getValue().forEach(s -> present.add(s.id()));
                        reactomeNames.forEach((id, name) -> {
                            if (!present.contains(id)) {
                                rows.add(Map.of("id", id, "name", name, "members", List.of()));
                            }
                        });
                    }
                    String cypher = graph.cypher("load/pathways");
                    for (int i = 0; i < rows.size(); i += BATCH) {
                        tx.run(cypher, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)),
                                "collection", collection, "version", versions.get(collection))).consume();
                        progress.report(collection + " pathways", Math.min(rows.size(), i + BATCH), rows.size());
                    }
                    tx.run(graph.cypher("load/collection"), Map.of("name", collection, "version", versions.get(collection),
                            "sets", rows.size(), "memberships", memberships, "unmapped", unmapped.size(),
                            "ambiguous", ambiguousHere.size(),
                            "unmappedSample", unmapped.stream().sorted().limit(50).toList())).consume();
                    log.info("Pathways {} {}: {} sets, {} memberships; {} member names not mapped to HGNC, {} ambiguous",
                            collection, versions.get(collection), rows.size(), memberships, unmapped.size(), ambiguousHere.size());
                }
                tx.run(graph.cypher("load/pathway-hierarchy"), Map.of("rows", hierarchy)).consume();
            }
        };
    }

    /** Reads a GMT in one of the known layouts; a malformed line stops the file with its line number. */
}
