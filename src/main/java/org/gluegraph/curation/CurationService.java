package org.gluegraph.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gluegraph.drug.Drug;
import org.gluegraph.drug.DrugService;
import org.gluegraph.gene.Gene;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.security.Caller;
import org.gluegraph.security.Role;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Connection;
import org.gluegraph.shared.NotFoundException;
import org.gluegraph.shared.Page;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Service;

/**
 * The review workflow on claims (CIViC's model): curators submit claims, add evidence and suggest revisions;
 * editors accept or reject, never their own work; every action is a {@link CurationEvent} with the claim's state
 * before and after. Each action is one transaction that also redraws the claim's mechanism edge, so a reader
 * never sees a claim and its edge disagree. Concurrent actions on one claim queue on its write lock.
 */
@Service
public class CurationService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Graph graph;
    private final GeneResolver genes;
    private final DrugService drugs;

    public CurationService(Graph graph, GeneResolver genes, DrugService drugs) {
        this.graph = graph;
        this.genes = genes;
        this.drugs = drugs;
    }

    /** A claim input checked and resolved to graph ids. */
    private record Resolved(String subjectId, String subjectType, String predicate, String objectId,
            String objectType, int sign, String context, String statement, List<Map<String, Object>> evidence,
            RelationLevel level, boolean levelGiven) {

        String key() {
            return ClaimKey.of(subjectId, predicate, objectId, context).value();
        }
    }

    // ---- mutations ----

    public Claim submitClaim(Caller caller, ClaimInput input) {
        String actor = caller.require(Role.CURATOR, "submitClaim");
        Resolved r = resolve(input, "input", true);
        String id = "c-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String at = Instant.now().toString();
        String existing = existing(r.key());
        if (existing != null) {
            throw duplicate(existing);
        }
        try {
            return graph.write(tx -> {
                Map<String, Object> p = new HashMap<>();
                p.put("id", id);
                p.put("subjectId", r.subjectId());
                p.put("subjectType", r.subjectType());
                p.put("objectId", r.objectId());
                p.put("objectType", r.objectType());
                p.put("predicate", r.predicate());
                p.put("sign", r.sign());
                p.put("level", r.level().name());
                p.put("context", r.context());
                p.put("statement", r.statement());
                p.put("actor", actor);
                p.put("at", at);
                p.put("key", r.key());
                // the nodes other writers share (the claim's subject and object, cited publications) are locked
                // last, so that each writer holds their locks only for the end of its transaction, not all of it
                tx.run(graph.cypher("curation/claim-create"), p).consume();
                Map<String, Object> after = lock(tx, id, at);
                event(tx, id, "SUBMIT", actor, at, null, null, after, null, null);
                addEvidence(tx, id, r.evidence());
                tx.run(graph.cypher("curation/claim-relink"), Map.of("id", id)).consume();
                return Claim.from(after);
            });
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
                String other = existing(r.key());
                throw duplicate(other == null ? "(just submitted by someone else)" : other);
            }
            throw e;
        }
    }

    public Claim addEvidence(Caller caller, String claimId, ClaimInput.EvidenceInput evidence, String comment) {
        String actor = caller.require(Role.CURATOR, "addEvidence");
        List<Map<String, Object>> ev = evidence(List.of(evidence), "evidence");
        String at = Instant.now().toString();
        return graph.write(tx -> {
            Map<String, Object> before = lock(tx, claimId, at);
            if ("REJECTED".equals(before.get("status"))) {
                throw new BadInputException("claimId: claim " + claimId + " was rejected; submit a new claim instead");
            }
            addEvidence(tx, claimId, ev);
            Map<String, Object> after = update(tx, claimId, Map.of());
            project(tx, claimId);
            event(tx, claimId, "ADD_EVIDENCE", actor, at, comment, before, after, null, null);
            return Claim.from(after);
        });
    }

    public Revision suggestRevision(Caller caller, String claimId, ClaimInput input, String comment,
            int expectedVersion) {
        String actor = caller.require(Role.CURATOR, "suggestRevision");
        requireComment(comment);
        Resolved r = resolve(input, "input", false);
        String at = Instant.now().toString();
        String id = "rev-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return graph.write(tx -> {
            Map<String, Object> before = lock(tx, claimId, at);
            revisable(before, "claimId", claimId);
            int version = ((Number) before.get("version")).intValue();
            if (version != expectedVersion) {
                throw new BadInputException("expectedVersion: claim " + claimId + " is at version " + version
                        + ", not " + expectedVersion + "; someone changed it meanwhile. Reload it and try again.");
            }
            Map<String, Object> proposed = proposed(r);
            // a revision that names no level keeps the claim's own when the predicate stays (a context fix must not
            // reset a PROTEIN-level DOWNREGULATES to the predicate's default)
            if (!r.levelGiven() && r.predicate().equals(before.get("predicate")) && before.get("level") != null) {
                proposed.put("level", before.get("level"));
            }
            var rec = tx.run(graph.cypher("curation/revision-create"), Map.of("claimId", claimId, "id", id,
                    "proposed", json(proposed), "comment", comment, "actor", actor, "baseVersion", version,
                    "at", at)).single();
            event(tx, claimId, "SUGGEST_REVISION", actor, at, comment, before, before, id, null);
            return Revision.from(rec.get("revision").asMap(), claimId);
        });
    }

    public Claim acceptClaim(Caller caller, String claimId, String comment) {
        String actor = caller.require(Role.EDITOR, "acceptClaim");
        String at = Instant.now().toString();
        return graph.write(tx -> {
            Map<String, Object> before = lock(tx, claimId, at);
            if (!"SUBMITTED".equals(before.get("status"))) {
                throw new BadInputException("claimId: claim " + claimId + " is " + before.get("status")
                        + "; only SUBMITTED claims can be accepted");
            }
            if (actor.equals(before.get("submittedBy"))) {
                throw new org.gluegraph.security.AccessDeniedException(true,
                        "acceptClaim: " + actor + " submitted claim " + claimId + "; another editor must review it");
            }
            Map<String, Object> after = update(tx, claimId, Map.of("status", "ACCEPTED", "acceptedBy", actor));
            project(tx, claimId);
            event(tx, claimId, "ACCEPT", actor, at, comment, before, after, null, null);
            return Claim.from(after);
        });
    }

    public Claim rejectClaim(Caller caller, String claimId, String comment) {
        String actor = caller.require(Role.EDITOR, "rejectClaim");
        requireComment(comment);
        String at = Instant.now().toString();
        return graph.write(tx -> {
            Map<String, Object> before = lock(tx, claimId, at);
            if (!"SUBMITTED".equals(before.get("status"))) {
                throw new BadInputException("claimId: claim " + claimId + " is " + before.get("status")
                        + "; only SUBMITTED claims can be rejected");
            }
            Map<String, Object> props = new HashMap<>();
            props.put("status", "REJECTED");
            props.put("tripleKey", null);
            Map<String, Object> after = update(tx, claimId, props);
            project(tx, claimId);
            event(tx, claimId, "REJECT", actor, at, comment, before, after, null, null);
            return Claim.from(after);
        });
    }

    public Claim acceptRevision(Caller caller, String revisionId, String comment) {
        String actor = caller.require(Role.EDITOR, "acceptRevision");
        String at = Instant.now().toString();
        return graph.write(tx -> {
            var rec = lockRevision(tx, revisionId, at);
            Map<String, Object> rev = rec.get("revision");
            Map<String, Object> before = rec.get("claim");
            String claimId = (String) before.get("id");
            pending(rev, revisionId);
            revisable(before, "revisionId", claimId);
            if (actor.equals(rev.get("author"))) {
                throw new org.gluegraph.security.AccessDeniedException(true,
                        "acceptRevision: " + actor + " wrote revision " + revisionId + "; another editor must review it");
            }
            int base = ((Number) rev.get("baseVersion")).intValue();
            if (((Number) before.get("version")).intValue() != base) {
                throw new BadInputException("revisionId: revision " + revisionId + " was written against version "
                        + base + " of claim " + claimId + ", which is now at version " + before.get("version")
                        + "; it must be suggested again");
            }
            Map<String, Object> proposed = parse((String) rev.get("proposed"));
            Map<String, Object> props = new HashMap<>(proposed);
            props.remove("evidence");
            props.put("tripleKey", ClaimKey.of((String) proposed.get("subjectId"), (String) proposed.get("predicate"),
                    (String) proposed.get("objectId"), (String) proposed.get("context")).value());
            // the edges of the claim as it was go first, from the ends it had; project() below draws the new one
            tx.run(graph.cypher("curation/claim-unproject"), Map.of("id", claimId)).consume();
            Map<String, Object> after;
            try {
                after = update(tx, claimId, props);
            } catch (ClientException e) {
                throw new BadInputException("revisionId: the revised claim would duplicate another live claim");
            }
            tx.run(graph.cypher("curation/claim-relink"), Map.of("id", claimId)).consume();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> ev = (List<Map<String, Object>>) proposed.getOrDefault("evidence", List.of());
            addEvidence(tx, claimId, ev);
            tx.run(graph.cypher("curation/revision-update"), Map.of("id", revisionId, "status", "ACCEPTED",
                    "actor", actor, "at", at, "comment", comment == null ? "" : comment)).consume();
            project(tx, claimId);
            event(tx, claimId, "ACCEPT_REVISION", actor, at, comment, before, after, revisionId, null);
            return Claim.from(after);
        });
    }

    public Revision rejectRevision(Caller caller, String revisionId, String comment) {
        String actor = caller.require(Role.EDITOR, "rejectRevision");
        requireComment(comment);
        String at = Instant.now().toString();
        return graph.write(tx -> {
            var rec = lockRevision(tx, revisionId, at);
            Map<String, Object> rev = rec.get("revision");
            Map<String, Object> claim = rec.get("claim");
            pending(rev, revisionId);
            var updated = tx.run(graph.cypher("curation/revision-update"), Map.of("id", revisionId,
                    "status", "REJECTED", "actor", actor, "at", at, "comment", comment)).single();
            event(tx, (String) claim.get("id"), "REJECT_REVISION", actor, at, comment, claim, claim, revisionId, null);
            return Revision.from(updated.get("revision").asMap(), (String) claim.get("id"));
        });
    }

    public Publication retractPublication(Caller caller, String publication, String comment) {
        String actor = caller.require(Role.EDITOR, "retractPublication");
        requireComment(comment);
        String at = Instant.now().toString();
        return graph.write(tx -> {
            var found = tx.run(graph.cypher("curation/publication-find"), Map.of("key", publication.strip())).list();
            if (found.isEmpty()) {
                throw new NotFoundException("publication: no publication with id, PMID or DOI '" + publication + "'");
            }
            String id = (String) found.get(0).get("publication").asMap().get("id");
            var rec = tx.run(graph.cypher("curation/publication-retract"), Map.of("id", id, "at", at,
                    "comment", comment)).single();
            List<String> ids = new ArrayList<>();
            for (Object o : rec.get("claims").asList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> c = (Map<String, Object>) o;
                String claimId = (String) c.get("id");
                Map<String, Object> before = lock(tx, claimId, at);
                Map<String, Object> props = new HashMap<>();
                boolean alone = !(Boolean) c.get("others");
                if (alone && "ACCEPTED".equals(before.get("status"))) {
                    props.put("status", "RETRACTED");
                }
                Map<String, Object> after = update(tx, claimId, props);
                event(tx, claimId, alone ? "RETRACT" : "EVIDENCE_RETRACTED", actor, at, comment, before, after, null, id);
                ids.add(claimId);
            }
            tx.run(graph.cypher("write/project-claims"), Map.of("ids", ids)).consume();
            return Publication.from(rec.get("publication").asMap());
        });
    }

    // ---- queries ----

    public Connection<Claim> claims(String status, Page page) {
        if (status != null && !List.of("SUBMITTED", "ACCEPTED", "REJECTED", "RETRACTED").contains(status)) {
            throw new BadInputException("status: expected SUBMITTED, ACCEPTED, REJECTED or RETRACTED");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("status", status);
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        var rec = graph.readList("curation/claims-page", params, r -> r).get(0);
        List<Claim> items = rec.get("claims").asList(v -> Claim.from(v.asMap()));
        return Connection.of(page, rec.get("total").asLong(), items, c -> c);
    }

    public Claim claim(String id) {
        var rows = graph.readList("query/claims-by-id", Map.of("ids", List.of(id)), r -> Claim.from(r.get("claim").asMap()));
        return rows.isEmpty() ? null : rows.get(0);
    }

    public Map<String, List<Revision>> revisions(List<String> claimIds) {
        Map<String, List<Revision>> out = new LinkedHashMap<>();
        graph.readList("curation/revisions-of-claims", Map.of("ids", claimIds), r -> Revision.from(
                r.get("revision").asMap(), r.get("claimId").asString()))
                .forEach(rv -> out.computeIfAbsent(rv.claimId(), k -> new ArrayList<>()).add(rv));
        return out;
    }

    public Map<String, List<CurationEvent>> events(List<String> claimIds) {
        Map<String, List<CurationEvent>> out = new LinkedHashMap<>();
        graph.readList("curation/events-of-claims", Map.of("ids", claimIds), r -> Map.entry(r.get("claimId").asString(),
                CurationEvent.from(r.get("event").asMap())))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    // ---- helpers ----

    private String existing(String key) {
        var ids = graph.readList("curation/claim-by-key", Map.of("key", key), r -> r.get("id").asString());
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static BadInputException duplicate(String id) {
        return new BadInputException("input: claim " + id + " already states this subject, predicate, object and "
                + "context; add your publication to it with addEvidence");
    }

    private Map<String, Object> lock(TransactionContext tx, String claimId, String at) {
        var rows = tx.run(graph.cypher("curation/claim-lock"), Map.of("id", claimId == null ? "" : claimId, "at", at))
                .list();
        if (rows.isEmpty()) {
            throw new NotFoundException("claimId: no claim '" + claimId + "'");
        }
        return rows.get(0).get("claim").asMap();
    }

    private record RevisionAndClaim(Map<String, Object> revision, Map<String, Object> claim) {
        Map<String, Object> get(String which) {
            return which.equals("revision") ? revision : claim;
        }
    }

    private RevisionAndClaim lockRevision(TransactionContext tx, String revisionId, String at) {
        var rows = tx.run(graph.cypher("curation/revision-lock"), Map.of("id", revisionId == null ? "" : revisionId,
                "at", at)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("revisionId: no revision '" + revisionId + "'");
        }
        return new RevisionAndClaim(rows.get(0).get("revision").asMap(), rows.get(0).get("claim").asMap());
    }

    /**
     * Revisions apply to live claims only: a REJECTED claim is closed (its triple may be submitted anew) and a
     * RETRACTED one lost its evidence; reviving either through a revision would also give it back a claim key.
     */
    private static void revisable(Map<String, Object> claim, String field, String claimId) {
        Object status = claim.get("status");
        if (!"SUBMITTED".equals(status) && !"ACCEPTED".equals(status)) {
            throw new BadInputException(field + ": claim " + claimId + " is " + status + "; only SUBMITTED or "
                    + "ACCEPTED claims can be revised" + ("REJECTED".equals(status)
                    ? " (submit the corrected claim as a new one)" : ""));
        }
    }

    private static void pending(Map<String, Object> rev, String id) {
        if (!"PENDING".equals(rev.get("status"))) {
            throw new BadInputException("revisionId: revision " + id + " is already " + rev.get("status"));
        }
    }

    private Map<String, Object> update(TransactionContext tx, String claimId, Map<String, Object> props) {
        return tx.run(graph.cypher("curation/claim-update"), Map.of("id", claimId, "props", props)).single()
                .get("claim").asMap();
    }

    private void project(TransactionContext tx, String claimId) {
        tx.run(graph.cypher("write/project-claims"), Map.of("ids", List.of(claimId))).consume();
    }

    private void addEvidence(TransactionContext tx, String claimId, List<Map<String, Object>> evidence) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> ev : evidence) {
            String pmid = (String) ev.get("pmid");
            String doi = (String) ev.get("doi");
            String id = null;
            for (String key : new String[] {pmid, doi}) {
                if (key != null && id == null) {
                    var found = tx.run(graph.cypher("curation/publication-find"), Map.of("key", key)).list();
                    if (!found.isEmpty()) {
                        id = (String) found.get(0).get("publication").asMap().get("id");
                    }
                }
            }
            Map<String, Object> row = new HashMap<>(ev);
            // new publications get a key the seed-data format accepts (letters, digits, . _ : -)
            row.put("publicationId", id != null ? id : pmid != null ? "pmid:" + pmid
                    : "doi:" + doi.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._:-]", "_"));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            tx.run(graph.cypher("curation/evidence-add"), Map.of("claimId", claimId, "evidence", rows)).consume();
        }
    }

    private void event(TransactionContext tx, String claimId, String action, String actor, String at, String comment,
            Map<String, Object> before, Map<String, Object> after, String revisionId, String publicationId) {
        Map<String, Object> p = new HashMap<>();
        p.put("claimId", claimId);
        p.put("id", "ev-" + UUID.randomUUID());
        p.put("action", action);
        p.put("actor", actor);
        p.put("at", at);
        p.put("comment", comment);
        p.put("before", before == null ? null : json(visible(before)));
        p.put("after", after == null ? null : json(visible(after)));
        p.put("revisionId", revisionId);
        p.put("publicationId", publicationId);
        tx.run(graph.cypher("curation/event-create"), p).consume();
    }

    private static Map<String, Object> visible(Map<String, Object> claim) {
        Map<String, Object> m = new java.util.TreeMap<>(claim);
        m.remove("lockedAt");
        m.remove("tripleKey");
        return m;
    }

    private Resolved resolve(ClaimInput in, String field, boolean evidenceRequired) {
        if (in == null) {
            throw new BadInputException(field + ": required");
        }
        try {
            Predicate predicate = ClaimRules.predicate(in.predicate());
            int sign = ClaimRules.sign(in.sign());
            RelationLevel level = ClaimRules.level(in.level(), predicate);
            String[] s = endpoint(in.subject(), field + ".subject");
            String[] o = endpoint(in.object(), field + ".object");
            ClaimRules.ends(predicate, s[1], o[1]);
            String context = ClaimRules.context(in.context());
            if (evidenceRequired) {
                ClaimRules.evidence(in.evidence() == null ? 0 : in.evidence().size());
            }
            List<Map<String, Object>> ev = evidence(in.evidence() == null ? List.of() : in.evidence(),
                    field + ".evidence");
            String statement = ev.isEmpty() ? null : (String) ev.get(0).get("statement");
            return new Resolved(s[0], s[1], predicate.name(), o[0], o[1], sign, context, statement, ev, level,
                    in.level() != null);
        } catch (ClaimRules.Violation v) {
            throw new BadInputException(field + "." + v.getMessage());
        }
    }

    /** {id, type} of a gene or drug named by any identifier; ambiguous between the two is an error. */
    private String[] endpoint(String term, String field) {
        if (term == null || term.isBlank() || term.length() > 200) {
            throw new BadInputException(field + ": expected a gene or drug identifier");
        }
        Drug d = drugs.resolve(term, field);
        Gene g = genes.resolveOne(term, field);
        if (d != null && g != null) {
            throw new BadInputException(field + ": '" + term + "' names both drug " + d.name() + " and gene "
                    + g.symbol() + "; use a ChEMBL or HGNC id");
        }
        if (d != null) {
            return new String[] {d.id(), "Drug"};
        }
        if (g != null) {
            return new String[] {g.hgncId(), "Gene"};
        }
        throw new NotFoundException(field + ": no gene or drug is known as '" + term + "'");
    }

    private static List<Map<String, Object>> evidence(List<ClaimInput.EvidenceInput> list, String field) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ClaimInput.EvidenceInput e = list.get(i);
            String f = field + "[" + i + "]";
            try {
                String pmid = ClaimRules.pmid(e.pmid());
                String doi = ClaimRules.doi(e.doi());
                if (pmid == null && doi == null) {
                    throw new BadInputException(f + ": give a PMID or a DOI");
                }
                Map<String, Object> m = new HashMap<>();
                m.put("pmid", pmid);
                m.put("doi", doi);
                m.put("statement", ClaimRules.statement(e.statement()));
                out.add(m);
            } catch (ClaimRules.Violation v) {
                throw new BadInputException(f + "." + v.getMessage());
            }
        }
        return out;
    }

    private static Map<String, Object> proposed(Resolved r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subjectId", r.subjectId());
        m.put("subjectType", r.subjectType());
        m.put("predicate", r.predicate());
        m.put("objectId", r.objectId());
        m.put("objectType", r.objectType());
        m.put("sign", r.sign());
        m.put("level", r.level().name());
        m.put("context", r.context());
        if (r.statement() != null) {
            m.put("statement", r.statement());
        }
        m.put("evidence", r.evidence());
        return m;
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BadInputException("comment: required; say why");
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored revision is not JSON", e);
        }
    }
}
