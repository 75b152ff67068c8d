package org.gluegraph.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.gluegraph.seed.SeedFormatException;
import org.gluegraph.seed.TsvFile;
import org.springframework.stereotype.Service;

/**
 * Bulk load and export of the curated graph in the seed-data format ({@code relations.tsv},
 * {@code publications.tsv}), so that curators can keep it under version control. A load validates both files
 * completely, then writes everything in one transaction (or nothing); an export is sorted, so export, load into an
 * empty graph and export again give identical files.
 */
@Service
public class CuratedFiles {

    private static final String REL_HEADER =
            "claim_id\tsubject\tsubject_type\tpredicate\tobject\tobject_type\tsign\tlevel\tcontext\tpublications\tstatement\tstatus";
    private static final String PUB_HEADER = "id\tpmid\tdoi\tfirst_author\tjournal\tyear\ttitle\tretracted";

    private final Graph graph;
    private final ClaimSeed claims;

    public CuratedFiles(Graph graph, ClaimSeed claims) {
        this.graph = graph;
        this.claims = claims;
    }

    /** @return the number of claim rows read (claims already in the graph are left as they are) */
    public int load(Path relations, Path publications, String actor) {
        checkActor(actor);
        TsvFile pubs = read(publications);
        TsvFile rels = read(relations);
        var parsed = claims.parse(pubs, rels, actor, ClaimSeed.OnDuplicate.REFUSE);
        System.err.println("load: " + parsed.rows() + " rows read; writing them in one transaction");
        graph.load(tx -> {
            parsed.write(tx, (what, done, total) -> { });
            return null;
        });
        return parsed.rows();
    }

    /** The name a bulk load records as its actor. */
    public static void checkActor(String actor) {
        if (actor == null || !actor.matches("[A-Za-z0-9][A-Za-z0-9 ._@-]{0,99}")) {
            throw new SeedFormatException("--actor", 0, null, "expected a name of letters, digits, space, . _ @ -");
        }
    }

    private static TsvFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return TsvFile.read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new SeedFormatException(file.toString(), 0, null, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public void export(Path dir) {
        List<String> rel = new ArrayList<>(List.of(REL_HEADER));
        graph.readListLarge("curation/export-claims", Map.of(), r -> rel.add(String.join("\t",
                r.get("id").asString(), r.get("subject").asString(), r.get("subjectType").asString(),
                r.get("predicate").asString(), r.get("object").asString(), r.get("objectType").asString(),
                Long.toString(r.get("sign").asLong()),
                Relation.level(r.get("level").asString(null), r.get("predicate").asString()).name(),
                text(r.get("context").asString(null)),
                String.join("|", r.get("publications").asList(v -> v.asString())),
                text(r.get("statement").asString(null)), r.get("status").asString())));
        List<String> pub = new ArrayList<>(List.of(PUB_HEADER));
        graph.readListLarge("curation/export-publications", Map.of(), r -> pub.add(String.join("\t",
                r.get("id").asString(), text(r.get("pmid").asString(null)), text(r.get("doi").asString(null)),
                text(r.get("firstAuthor").asString(null)), text(r.get("journal").asString(null)),
                r.get("year").isNull() ? "" : Long.toString(r.get("year").asLong()),
                text(r.get("title").asString(null)), Boolean.toString(r.get("retracted").asBoolean()))));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("relations.tsv"), rel, StandardCharsets.UTF_8);
            Files.write(dir.resolve("publications.tsv"), pub, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir, e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
