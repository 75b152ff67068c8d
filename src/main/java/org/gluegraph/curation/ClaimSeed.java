package org.gluegraph.curation;

import org.gluegraph.seed.SeedFormatException;
import org.gluegraph.seed.SeedSource;
import org.gluegraph.seed.SeedStep;
import org.gluegraph.seed.TsvFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.graph.Graph;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Curated publications and claims (the seed-data format that {@code load} and {@code export} round-trip).
 * Accepted claims are projected as traversal edges in the same transaction.
 */
@Component
@Order(30)
public class ClaimSeed implements SeedStep {

    public static final String PUBLICATIONS = "curated/publications.tsv";
    public static final String RELATIONS = "curated/relations.tsv";

    private final Graph graph;

    public ClaimSeed(Graph graph) {
        this.graph = graph;
    }

    @Override
    public String name() {
        return "curated";
    }

    @Override
    public List<String> files() {
        return List.of(PUBLICATIONS, RELATIONS);
    }

    @Override
    public Parsed parse(SeedSource source) {
        return parse(source.tsv(PUBLICATIONS), source.tsv(RELATIONS), "seed");
    }

    /** Validates both files completely; nothing is written until {@link Parsed#write}. */
    public Parsed parse(TsvFile pubFile, TsvFile relFile, String actor) {
        pubFile.require("id", "pmid", "doi", "first_author", "journal", "year", "title", "retracted");
        relFile.require("claim_id", "subject", "subject_type", "predicate", "object", "object_type", "sign",
                "context", "publications", "statement", "status");
        List<Map<String, Object>> pubs = new ArrayList<>();
        Set<String> pubIds = new HashSet<>();
        Set<String> pmids = new HashSet<>();
        Set<String> dois = new HashSet<>();
        for (TsvFile.Row r : pubFile.rows()) {
            String id = r.matching("id", "[A-Za-z0-9][A-Za-z0-9._:-]*", "a publication key like 'kronke2014'", false);
            if (!pubIds.add(id)) {
                throw r.error("id", "duplicate publication id '" + id + "'");
            }
            String pmid;
            String doi;
            try {
                pmid = ClaimRules.pmid(r.get("pmid"));
                doi = ClaimRules.doi(r.get("doi"));
            } catch (ClaimRules.Violation v) {
                throw r.error(v.field(), v.problem());
            }
            if (pmid != null && !pmids.add(pmid)) {
                throw r.error("pmid", "PMID " + pmid + " appears twice");
            }
            if (doi != null && !dois.add(doi.toLowerCase())) {
                throw r.error("doi", "DOI " + doi + " appears twice");
            }
            String year = r.matching("year", "\\d{4}", "a four-digit year", true);
            String retracted = r.matching("retracted", "true|false", "true or false", false);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("pmid", pmid);
            p.put("doi", doi);
            p.put("firstAuthor", r.get("first_author"));
            p.put("journal", r.get("journal"));
            p.put("year", year == null ? null : Integer.parseInt(year));
            p.put("title", r.get("title"));
            p.put("retracted", Boolean.parseBoolean(retracted));
            pubs.add(p);
        }
        List<Map<String, Object>> claims = new ArrayList<>();
        Set<String> claimIds = new HashSet<>();
        for (TsvFile.Row r : relFile.rows()) {
            claims.add(claimRow(r, pubIds, claimIds, actor));
        }
        return new Parsed() {
            @Override
            public int rows() {
                return pubs.size() + claims.size();
            }

            @Override
            public void write(TransactionContext tx, Progress progress) {
                resolveEndpoints(tx, claims, relFile.name());
                refuseDuplicates(tx, claims, relFile.name());
                tx.run(graph.cypher("load/publications"), Map.of("rows", pubs)).consume();
                tx.run(graph.cypher("load/claims"), Map.of("rows", claims, "actor", actor)).consume();
                tx.run(graph.cypher("write/project-claims"),
                        Map.of("ids", claims.stream().map(c -> c.get("id")).toList())).consume();
                progress.report("publications and claims", rows(), rows());
            }
        };
    }

    private static Map<String, Object> claimRow(TsvFile.Row r, Set<String> pubIds, Set<String> claimIds, String actor) {
        String id = r.matching("claim_id", "[A-Za-z0-9][A-Za-z0-9._:-]*", "a claim id like 'r01'", false);
        if (!claimIds.add(id)) {
            throw r.error("claim_id", "duplicate claim id '" + id + "'");
        }
        String subjectType = r.matching("subject_type", "Gene|Drug", "Gene or Drug", false);
        String objectType = r.matching("object_type", "Gene|Drug", "Gene or Drug", false);
        Predicate predicate;
        int sign;
        String context;
        try {
            predicate = ClaimRules.predicate(r.get("predicate"));
            sign = ClaimRules.sign(Integer.parseInt(r.matching("sign", "-1|0|1", "-1, 0 or 1", false)));
            ClaimRules.ends(predicate, subjectType, objectType);
            context = ClaimRules.context(r.get("context"));
        } catch (ClaimRules.Violation v) {
            throw r.error(v.field().equals("subject") ? "subject_type" : v.field(), v.problem());
        }
        List<String> publications = r.list("publications");
        if (publications.isEmpty()) {
            throw r.error("publications", "a claim needs at least one publication id");
        }
        for (String p : publications) {
            if (!pubIds.contains(p)) {
                throw r.error("publications", "unknown publication id '" + p + "' (not in publications.tsv)");
            }
        }
        String status = r.matching("status", "accepted|submitted|rejected|retracted",
                "accepted, submitted, rejected or retracted", false);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("line", r.line());
        c.put("subject", r.required("subject"));
        c.put("subjectType", subjectType);
        c.put("object", r.required("object"));
        c.put("objectType", objectType);
        c.put("predicate", predicate.name());
        c.put("edgeType", predicate.edgeType());
        c.put("direction", predicate.direction());
        c.put("sign", sign);
        c.put("context", context == null ? "" : context);
        c.put("statement", r.get("statement"));
        c.put("publications", publications);
        c.put("status", status.toUpperCase());
        c.put("actor", actor);
        return c;
    }

    /** Subjects and objects are approved gene symbols or drug ids; an unknown one stops the file. */
    private void resolveEndpoints(TransactionContext tx, List<Map<String, Object>> claims, String file) {
        Set<String> symbols = new HashSet<>();
        Set<String> drugs = new HashSet<>();
        for (var c : claims) {
            (c.get("subjectType").equals("Gene") ? symbols : drugs).add((String) c.get("subject"));
            (c.get("objectType").equals("Gene") ? symbols : drugs).add((String) c.get("object"));
        }
        Map<String, String> ids = new HashMap<>();
        tx.run(graph.cypher("query/endpoint-ids"), Map.of("symbols", List.copyOf(symbols), "drugs", List.copyOf(drugs)))
                .forEachRemaining(rec -> ids.put(rec.get("type").asString() + ":" + rec.get("name").asString(),
                        rec.get("id").asString()));
        for (var c : claims) {
            for (String side : List.of("subject", "object")) {
                String type = (String) c.get(side + "Type");
                String name = (String) c.get(side);
                String id = ids.get(type + ":" + (type.equals("Drug") ? name.toLowerCase() : name));
                if (id == null) {
                    throw new SeedFormatException(file, (Long) c.get("line"), side, "unknown " + type.toLowerCase()
                            + " '" + name + "'" + (type.equals("Gene") ? " (expected an HGNC approved symbol)" : ""));
                }
                c.put(side + "Id", id);
            }
            c.put("key", ClaimKey.of((String) c.get("subjectId"), (String) c.get("predicate"), (String) c.get("objectId"),
                    (String) c.get("context")).value());
        }
    }

    /**
     * A row that states a live claim again (same key, another id), in the graph or earlier in the file, stops the
     * file: the claim key allows one live claim per subject, predicate, object and context.
     */
    private void refuseDuplicates(TransactionContext tx, List<Map<String, Object>> claims, String file) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (var c : claims) {
            if ("REJECTED".equals(c.get("status"))) {
                continue;
            }
            var earlier = byKey.putIfAbsent((String) c.get("key"), c);
            if (earlier != null) {
                throw new SeedFormatException(file, (Long) c.get("line"), "claim_id", "states the same subject, predicate,"
                        + " object and context as claim '" + earlier.get("id") + "' on line " + earlier.get("line"));
            }
            keys.add((String) c.get("key"));
        }
        tx.run(graph.cypher("curation/claims-by-keys"), Map.of("keys", keys)).forEachRemaining(rec -> {
            var c = byKey.get(rec.get("key").asString());
            String existing = rec.get("id").asString();
            if (c != null && !existing.equals(c.get("id"))) {
                throw new SeedFormatException(file, (Long) c.get("line"), "claim_id", "states the same subject, predicate,"
                        + " object and context as claim '" + existing + "' already in the graph (" + rec.get("key").asString()
                        + "); add the publication to that claim instead");
            }
        });
    }
}
