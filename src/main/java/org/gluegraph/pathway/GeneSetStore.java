package org.gluegraph.pathway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gluegraph.gene.GeneResolution;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphVersion;
import org.gluegraph.security.AccessDeniedException;
import org.gluegraph.security.Caller;
import org.gluegraph.security.Role;
import org.gluegraph.shared.BadInputException;
import org.springframework.stereotype.Service;

/**
 * Researchers' own gene-set collections (a GMT file, a collection name and a version): read by the one GMT reader
 * (a malformed line is refused with file and line), member names mapped to HGNC genes as the seed maps its
 * collections (exact case), stored as {@code Pathway}s of that collection in one transaction that advances the gene-set
 * version, so {@code enrichment(input: {collections: [...]})} uses it at once. The built-in collections cannot be
 * overwritten; a researcher's collection is replaced by its owner's next upload (or an editor's).
 */
@Service
public class GeneSetStore {

    static final int MAX_SETS = 50_000;
    private static final int BATCH = 500;

    /** What an upload stored, and how its genes mapped. {@code genes}: distinct member names of the file. */
    public record Stored(String collection, String version, String owner, String file, int sets, long memberships,
                         int genes, int mappedGenes, int unmappedGenes, int ambiguousGenes, List<String> unmappedSample,
                         boolean replaced) {
    }

    private final Graph graph;
    private final GeneResolver resolver;

    public GeneSetStore(Graph graph, GeneResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    public Stored store(Caller caller, String collection, String version, String fileName, byte[] bytes) {
        String owner = caller.require(Role.CURATOR, "gene-set upload");
        String name = collectionName(collection);
        String v = version(version);
        String file = fileName == null || fileName.isBlank() ? "file" : fileName;
        var existing = graph.readList("pathway/collection-of", Map.of("name", name), r -> r.get("owner").asString(null));
        boolean replaced = !existing.isEmpty();
        if (replaced && existing.get(0) == null || PathwayService.BUILT_IN.contains(name)) {
            throw new BadInputException("collection: " + name + " is a built-in collection and cannot be overwritten;"
                    + " choose another name");
        }
        if (replaced && !existing.get(0).equals(owner) && !caller.role().atLeast(Role.EDITOR)) {
            throw new AccessDeniedException(true, "collection: " + name + " belongs to " + existing.get(0)
                    + "; only its owner or an editor may replace it");
        }
        List<Gmt.GeneSetLine> sets = Gmt.read(file, bytes, Gmt.detect(bytes));
        if (sets.size() > MAX_SETS) {
            throw new BadInputException(file + ": " + sets.size() + " gene sets; at most " + MAX_SETS + " per collection");
        }
        Set<String> names = new LinkedHashSet<>();
        sets.forEach(s -> names.addAll(s.members()));
        GeneResolution res = resolver.resolve(List.copyOf(names));
        Map<String, String> hgnc = new HashMap<>();
        res.matches().stream().filter(GeneResolution.GeneMatch::exactCase).forEach(m -> hgnc.put(m.term(), m.gene().hgncId()));
        Set<String> ambiguous = new HashSet<>();
        res.ambiguous().forEach(a -> ambiguous.add(a.term()));
        List<String> unmapped = names.stream().filter(n -> !hgnc.containsKey(n) && !ambiguous.contains(n)).sorted().toList();
        Set<String> mappedGenes = new HashSet<>(hgnc.values());
        List<Map<String, Object>> rows = new ArrayList<>();
        long memberships = 0;
        for (Gmt.GeneSetLine s : sets) {
            Set<String> members = new LinkedHashSet<>();
            s.members().forEach(m -> {
                String id = hgnc.get(m);
                if (id != null) {
                    members.add(id);
                }
            });
            memberships += members.size();
            // the collection's name keeps its set ids apart from every other collection's
            rows.add(Map.of("id", name + ":" + s.id(), "name", s.name(), "members", List.copyOf(members)));
        }
        String at = Instant.now().toString();
        long total = memberships;
        graph.load(tx -> {
            tx.run(graph.cypher("pathway/collection-delete"), Map.of("name", name)).consume();
            for (int i = 0; i < rows.size(); i += BATCH) {
                tx.run(graph.cypher("load/pathways"), Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)),
                        "collection", name, "version", v)).consume();
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("version", v);
            props.put("owner", owner);
            props.put("file", file);
            props.put("uploadedAt", at);
            props.put("sets", sets.size());
            props.put("memberships", total);
            props.put("genes", names.size());
            props.put("mappedGenes", mappedGenes.size());
            props.put("unmapped", unmapped.size());
            props.put("ambiguous", ambiguous.size());
            props.put("unmappedSample", unmapped.stream().limit(50).toList());
            tx.run(graph.cypher("pathway/collection-record"), Map.of("name", name, "props", props)).consume();
            return null;
        }, Set.of(GraphVersion.Facet.GENE_SETS));
        return new Stored(name, v, owner, file, sets.size(), total, names.size(), mappedGenes.size(), unmapped.size(),
                ambiguous.size(), unmapped.stream().limit(50).toList(), replaced);
    }

    /** A collection name: letters, digits and underscores, starting with a letter; stored upper-case. */
    static String collectionName(String collection) {
        if (collection == null || !collection.strip().matches("[A-Za-z][A-Za-z0-9_]{1,39}")) {
            throw new BadInputException("collection: expected 2 to 40 letters, digits or underscores starting with a"
                    + " letter (like MY_SIGNATURES), found '" + collection + "'");
        }
        return collection.strip().toUpperCase(Locale.ROOT);
    }

    static String version(String version) {
        if (version == null || !version.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw new BadInputException("version: expected 1 to 40 letters, digits, '.', '_' or '-' (like 2026-12 or"
                    + " v2), found '" + version + "'");
        }
        return version.strip();
    }
}
