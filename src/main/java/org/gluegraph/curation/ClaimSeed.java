package org.gluegraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.graph.Graph;
import org.gluegraph.seed.SeedFormatException;
import org.gluegraph.seed.SeedSource;
import org.gluegraph.seed.SeedStep;
import org.gluegraph.seed.TsvFile;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Curated publications and claims (the seed-data format that {@code load} and {@code export} round-trip).
 * Accepted claims are projected as traversal edges in the same transaction. A claim already in the graph (same id)
 * keeps everything curators have done to it; a publication already in the graph under another key (same PMID or
 * DOI) is that publication. On a restart the seed adds what is new and skips a row whose claim key a live claim
 * already holds (a curator submitted it meanwhile); {@code load} refuses such a row.
 */
@Component
@Order(30)
public class ClaimSeed implements SeedStep {

    public static final String PUBLICATIONS = "curated/publications.tsv";
    public static final String RELATIONS = "curated/relations.tsv";

    /** What a row does whose claim key another live claim (another id) already holds. */
    public enum OnDuplicate { SKIP, REFUSE }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClaimSeed.class);

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
        return parse(source.tsv(PUBLICATIONS), source.tsv(RELATIONS), "seed", OnDuplicate.SKIP);
    }

    /**
     * Validates both files completely; nothing is written until {@link Parsed#write}. The {@code level} column is
     * optional (files exported before it existed): a missing or blank level is the predicate's default.
     */
    public Parsed parse(TsvFile pubFile, TsvFile relFile, String actor, OnDuplicate onDuplicate) {
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
            // a blank author, journal or title was not seen: it stays absent (null), never an empty string
            p.put("firstAuthor", blankToNull(r.get("first_author")));
            p.put("journal", blankToNull(r.get("journal")));
            p.put("year", year == null ? null : Integer.parseInt(year));
            p.put("title", blankToNull(r.get("title")));
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
                List<Map<String, Object>> toLoad = duplicates(tx, claims, relFile.name(), onDuplicate);
                List<Map<String, Object>> pubRows = knownPublications(tx, pubs, toLoad);
                tx.run(graph.cypher("load/publications"), Map.of("rows", pubRows)).consume();
                tx.run(graph.cypher("load/claims"), Map.of("rows", toLoad, "actor", actor)).consume();
                tx.run(graph.cypher("write/project-claims"),
                        Map.of("ids", toLoad.stream().map(c -> c.get("id")).toList())).consume();
                progress.report("publications and claims", rows(), rows());
            }
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
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
        EffectLevel level;
        try {
            predicate = ClaimRules.predicate(r.get("predicate"));
            sign = ClaimRules.sign(Integer.parseInt(r.matching("sign", "-1|0|1", "-1, 0 or 1", false)));
            ClaimRules.ends(predicate, subjectType, objectType);
            context = ClaimRules.context(r.get("context"));
            level = ClaimRules.level(ClaimRules.level(r.get("level")), predicate);
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
        c.put("level", level.name());
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
     * A row that states a live claim again (same key, another id) earlier in the file stops the file; one that states
     * a claim already in the graph stops it too ({@link OnDuplicate#REFUSE}) or is left out and logged
     * ({@link OnDuplicate#SKIP}: a curator submitted the claim before the seed brought it). The claim key allows one
     * live claim per subject, predicate, object and context. @return the rows to load
     */
    private List<Map<String, Object>> duplicates(TransactionContext tx, List<Map<String, Object>> claims, String file,
            OnDuplicate onDuplicate) {
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
        Set<String> skipped = new HashSet<>();
        tx.run(graph.cypher("curation/claims-by-keys"), Map.of("keys", keys)).forEachRemaining(rec -> {
            var c = byKey.get(rec.get("key").asString());
            String existing = rec.get("id").asString();
            if (c != null && !existing.equals(c.get("id"))) {
                if (onDuplicate == OnDuplicate.REFUSE) {
                    throw new SeedFormatException(file, (Long) c.get("line"), "claim_id", "states the same subject,"
                            + " predicate, object and context as claim '" + existing + "' already in the graph ("
                            + rec.get("key").asString() + "); add the publication to that claim instead");
                }
                log.info("{} line {}: claim {} left out: claim {} already states it ({})", file, c.get("line"),
                        c.get("id"), existing, rec.get("key").asString());
                skipped.add((String) c.get("id"));
            }
        });
        return claims.stream().filter(c -> !skipped.contains(c.get("id"))).toList();
    }

    /**
     * The publication rows to write. A row whose PMID or DOI a publication of another key already holds (one a
     * curator cited by its PMID or DOI) is that publication: the claims cite it and the row is not written. A
     * publication already there under the row's key keeps what it has (see {@code load/publications}).
     */
    private List<Map<String, Object>> knownPublications(TransactionContext tx, List<Map<String, Object>> pubs,
            List<Map<String, Object>> claims) {
        List<String> pmids = new ArrayList<>();
        List<String> dois = new ArrayList<>();
        pubs.forEach(p -> {
            if (p.get("pmid") != null) {
                pmids.add((String) p.get("pmid"));
            }
            if (p.get("doi") != null) {
                dois.add(((String) p.get("doi")).toLowerCase(java.util.Locale.ROOT));
            }
        });
        Map<String, String> byPmid = new HashMap<>();
        Map<String, String> byDoi = new HashMap<>();
        Set<String> present = new HashSet<>();
        tx.run(graph.cypher("curation/publications-by-identifiers"), Map.of("ids",
                        pubs.stream().map(p -> p.get("id")).toList(), "pmids", pmids, "dois", dois))
                .forEachRemaining(rec -> {
                    String id = rec.get("id").asString();
                    present.add(id);
                    if (!rec.get("pmid").isNull()) {
                        byPmid.put(rec.get("pmid").asString(), id);
                    }
                    if (!rec.get("doi").isNull()) {
                        byDoi.put(rec.get("doi").asString().toLowerCase(java.util.Locale.ROOT), id);
                    }
                });
        Map<String, String> alias = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var p : pubs) {
            String id = (String) p.get("id");
            String pmidHolder = p.get("pmid") == null ? null : byPmid.get((String) p.get("pmid"));
            String doiHolder = p.get("doi") == null ? null
                    : byDoi.get(((String) p.get("doi")).toLowerCase(java.util.Locale.ROOT));
            String other = pmidHolder != null && !pmidHolder.equals(id) ? pmidHolder
                    : doiHolder != null && !doiHolder.equals(id) ? doiHolder : null;
            if (other != null && !present.contains(id)) {
                alias.put(id, other);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>(p);
            // an identifier another publication holds is not given to this one (unique constraints)
            if (pmidHolder != null && !pmidHolder.equals(id)) {
                row.put("pmid", null);
            }
            if (doiHolder != null && !doiHolder.equals(id)) {
                row.put("doi", null);
            }
            rows.add(row);
        }
        if (!alias.isEmpty()) {
            for (var c : claims) {
                @SuppressWarnings("unchecked")
                List<String> cited = (List<String>) c.get("publications");
                c.put("publications", cited.stream().map(k -> alias.getOrDefault(k, k)).distinct().toList());
            }
        }
        return rows;
    }
}
