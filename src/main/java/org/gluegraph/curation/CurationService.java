package org.gluegraph.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gluegraph.drug.Drug;
import org.gluegraph.drug.DrugService;
import org.gluegraph.gene.Gene;
import org.gluegraph.gene.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphVersion;
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

    /** A claim input checked and resolved to graph ids; {@code levelGiven}: the input named a level itself. */
    private record Resolved(ClaimProposal proposal, boolean levelGiven) {
    }

    // ---- mutations ----

    public Claim submitClaim(Caller caller, ClaimInput input) {
        String actor = caller.require(Role.CURATOR, "submitClaim");
        ClaimProposal r = resolve(input, "input", true).proposal();
        String id = "c-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String at = Instant.now().toString();
        String existing = existing(r.key().value());
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
                p.put("key", r.key().value());
                // the nodes other writers share (the claim's subject and object, cited publications) are locked
                // last, so that each writer holds their locks only for the end of its transaction, not all of it
                tx.run(graph.cypher("curation/claim-create"), p).consume();
                ClaimState after = lock(tx, id, at);
                event(tx, id, CurationAction.SUBMIT, actor, at, null, null, after, null, null);
                addEvidence(tx, id, r.evidence());
                tx.run(graph.cypher("curation/claim-relink"), Map.of("id", id)).consume();
                return Claim.of(after);
            }, Set.of(GraphVersion.Facet.REVIEW_QUEUE));
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
                String other = existing(r.key().value());
                throw duplicate(other == null ? "(just submitted by someone else)" : other);
            }
            throw e;
        }
    }

    public Claim addEvidence(Caller caller, String claimId, ClaimInput.EvidenceInput evidence, String comment) {
        String actor = caller.require(Role.CURATOR, "addEvidence");
        List<EvidenceInputRow> ev = evidence(List.of(evidence), "evidence");
        String at = Instant.now().toString();
        return graph.write(tx -> {
            ClaimState before = lock(tx, claimId, at);
            if (before.status() == ClaimStatus.REJECTED) {
                throw new BadInputException("claimId: claim " + claimId + " was rejected; submit a new claim instead");
            }
            addEvidence(tx, claimId, ev);
            ClaimState after = update(tx, claimId, Map.of());
            project(tx, claimId);
            event(tx, claimId, CurationAction.ADD_EVIDENCE, actor, at, comment, before, after, null, null);
            return Claim.of(after);
        }, c -> c.status() == ClaimStatus.SUBMITTED ? Set.of(GraphVersion.Facet.REVIEW_QUEUE) : Set.of());
    }

    public Revision suggestRevision(Caller caller, String claimId, ClaimInput input, String comment,
            int expectedVersion) {
        String actor = caller.require(Role.CURATOR, "suggestRevision");
        requireComment(comment);
        Resolved r = resolve(input, "input", false);
        String at = Instant.now().toString();
        String id = "rev-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return graph.write(tx -> {
            ClaimState before = lock(tx, claimId, at);
            revisable(before, "claimId");
            int version = before.version();
            if (version != expectedVersion) {
                throw new BadInputException("expectedVersion: claim " + claimId + " is at version " + version
                        + ", not " + expectedVersion + "; someone changed it meanwhile. Reload it and try again.");
            }
            ClaimProposal proposed = r.proposal();
            // a revision that names no level keeps the claim's own when the predicate stays (a context fix must not
            // reset a PROTEIN-level DOWNREGULATES to the predicate's default)
            if (!r.levelGiven() && proposed.predicate().equals(before.predicate()) && before.level() != null) {
                proposed = proposed.withLevel(before.level());
            }
            var rec = tx.run(graph.cypher("curation/revision-create"), Map.of("claimId", claimId, "id", id,
                    "proposed", json(proposed), "comment", comment, "actor", actor, "baseVersion", version,
                    "at", at)).single();
            event(tx, claimId, CurationAction.SUGGEST_REVISION, actor, at, comment, before, before, id, null);
            return Revision.from(rec.get("revision").asMap(), claimId);
        }, Set.of(GraphVersion.Facet.REVIEW_QUEUE));
    }

    public Claim acceptClaim(Caller caller, String claimId, String comment) {
        String actor = caller.require(Role.EDITOR, "acceptClaim");
        String at = Instant.now().toString();
        return graph.write(tx -> {
            ClaimState before = lock(tx, claimId, at);
            if (before.status() != ClaimStatus.SUBMITTED) {
                throw new BadInputException("claimId: claim " + claimId + " is " + before.status()
                        + "; only SUBMITTED claims can be accepted");
            }
            if (actor.equals(before.submittedBy())) {
                throw new org.gluegraph.security.AccessDeniedException(true,
                        "acceptClaim: " + actor + " submitted claim " + claimId + "; another editor must review it");
            }
            ClaimState after = update(tx, claimId, Map.of("status", ClaimStatus.ACCEPTED.name(),
                    "acceptedBy", actor));
            project(tx, claimId);
            event(tx, claimId, CurationAction.ACCEPT, actor, at, comment, before, after, null, null);
            return Claim.of(after);
        });
    }

    public Claim rejectClaim(Caller caller, String claimId, String comment) {
        String actor = caller.require(Role.EDITOR, "rejectClaim");
        requireComment(comment);
        String at = Instant.now().toString();
        return graph.write(tx -> {
            ClaimState before = lock(tx, claimId, at);
            if (before.status() != ClaimStatus.SUBMITTED) {
                throw new BadInputException("claimId: claim " + claimId + " is " + before.status()
                        + "; only SUBMITTED claims can be rejected");
            }
            Map<String, Object> props = new HashMap<>();
            props.put("status", ClaimStatus.REJECTED.name());
            props.put("tripleKey", null); // a rejected claim holds no key: its triple may be submitted anew
            ClaimState after = update(tx, claimId, props);
            project(tx, claimId);
            event(tx, claimId, CurationAction.REJECT, actor, at, comment, before, after, null, null);
            return Claim.of(after);
        }, Set.of(GraphVersion.Facet.REVIEW_QUEUE));
    }

    public Claim acceptRevision(Caller caller, String revisionId, String comment) {
        String actor = caller.require(Role.EDITOR, "acceptRevision");
        String at = Instant.now().toString();
        return graph.write(tx -> {
            RevisionAndClaim rec = lockRevision(tx, revisionId, at);
            Revision rev = rec.revision();
            ClaimState before = rec.claim();
            String claimId = before.id();
            pending(rev);
            revisable(before, "revisionId");
            if (actor.equals(rev.author())) {
                throw new org.gluegraph.security.AccessDeniedException(true,
                        "acceptRevision: " + actor + " wrote revision " + revisionId + "; another editor must review it");
            }
            int base = rev.baseVersion();
            if (before.version() != base) {
                throw new BadInputException("revisionId: revision " + revisionId + " was written against version "
                        + base + " of claim " + claimId + ", which is now at version " + before.version()
                        + "; it must be suggested again");
            }
            ClaimProposal proposed = rev.proposal();
            Map<String, Object> props = claimProperties(proposed);
            props.put("tripleKey", proposed.key().value());
            // the edges of the claim as it was go first, from the ends it had; project() below draws the new one
            tx.run(graph.cypher("curation/claim-unproject"), Map.of("id", claimId)).consume();
            ClaimState after;
            try {
                after = update(tx, claimId, props);
            } catch (ClientException e) {
                throw new BadInputException("revisionId: the revised claim would duplicate another live claim");
            }
            tx.run(graph.cypher("curation/claim-relink"), Map.of("id", claimId)).consume();
            addEvidence(tx, claimId, proposed.evidence());
            tx.run(graph.cypher("curation/revision-update"), Map.of("id", revisionId,
                    "status", RevisionStatus.ACCEPTED.name(),
                    "actor", actor, "at", at, "comment", comment == null ? "" : comment)).consume();
            project(tx, claimId);
            event(tx, claimId, CurationAction.ACCEPT_REVISION, actor, at, comment, before, after, revisionId, null);
            return Claim.of(after);
        }, c -> c.status() == ClaimStatus.SUBMITTED ? Set.of(GraphVersion.Facet.REVIEW_QUEUE) : Set.of());
    }

    public Revision rejectRevision(Caller caller, String revisionId, String comment) {
        String actor = caller.require(Role.EDITOR, "rejectRevision");
        requireComment(comment);
        String at = Instant.now().toString();
        return graph.write(tx -> {
            RevisionAndClaim rec = lockRevision(tx, revisionId, at);
            ClaimState claim = rec.claim();
            pending(rec.revision());
            var updated = tx.run(graph.cypher("curation/revision-update"), Map.of("id", revisionId,
                    "status", RevisionStatus.REJECTED.name(), "actor", actor, "at", at, "comment", comment)).single();
            event(tx, claim.id(), CurationAction.REJECT_REVISION, actor, at, comment, claim, claim, revisionId, null);
            return Revision.from(updated.get("revision").asMap(), claim.id());
        }, Set.of(GraphVersion.Facet.REVIEW_QUEUE));
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
                ClaimState before = lock(tx, claimId, at);
                Map<String, Object> props = new HashMap<>();
                boolean alone = !(Boolean) c.get("others");
                if (alone && before.status() == ClaimStatus.ACCEPTED) {
                    props.put("status", ClaimStatus.RETRACTED.name());
                }
                ClaimState after = update(tx, claimId, props);
                event(tx, claimId, alone ? CurationAction.RETRACT : CurationAction.EVIDENCE_RETRACTED, actor, at,
                        comment, before, after, null, id);
                ids.add(claimId);
            }
            tx.run(graph.cypher("write/project-claims"), Map.of("ids", ids)).consume();
            return Publication.from(rec.get("publication").asMap());
        });
    }

    // ---- queries ----

    public Connection<Claim> claims(ClaimStatus status, Page page) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status == null ? null : status.name());
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

    private ClaimState lock(TransactionContext tx, String claimId, String at) {
        var rows = tx.run(graph.cypher("curation/claim-lock"), Map.of("id", claimId == null ? "" : claimId, "at", at))
                .list();
        if (rows.isEmpty()) {
            throw new NotFoundException("claimId: no claim '" + claimId + "'");
        }
        return ClaimState.from(rows.get(0).get("claim").asMap());
    }

    private record RevisionAndClaim(Revision revision, ClaimState claim) {
    }

    private RevisionAndClaim lockRevision(TransactionContext tx, String revisionId, String at) {
        var rows = tx.run(graph.cypher("curation/revision-lock"), Map.of("id", revisionId == null ? "" : revisionId,
                "at", at)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("revisionId: no revision '" + revisionId + "'");
        }
        ClaimState claim = ClaimState.from(rows.get(0).get("claim").asMap());
        return new RevisionAndClaim(Revision.from(rows.get(0).get("revision").asMap(), claim.id()), claim);
    }

    /** See {@link ClaimStatus#revisable()}. */
    private static void revisable(ClaimState claim, String field) {
        if (!claim.status().revisable()) {
            throw new BadInputException(field + ": claim " + claim.id() + " is " + claim.status() + "; only "
                    + "SUBMITTED or ACCEPTED claims can be revised" + (claim.status() == ClaimStatus.REJECTED
                    ? " (submit the corrected claim as a new one)" : ""));
        }
    }

    private static void pending(Revision rev) {
        if (rev.status() != RevisionStatus.PENDING) {
            throw new BadInputException("revisionId: revision " + rev.id() + " is already " + rev.status());
        }
    }

    private ClaimState update(TransactionContext tx, String claimId, Map<String, Object> props) {
        return ClaimState.from(tx.run(graph.cypher("curation/claim-update"), Map.of("id", claimId, "props", props))
                .single().get("claim").asMap());
    }

    /** The claim node's properties a proposal sets (its evidence is added as SUPPORTED_BY edges instead). */
    private static Map<String, Object> claimProperties(ClaimProposal p) {
        Map<String, Object> m = new HashMap<>();
        m.put("subjectId", p.subjectId());
        m.put("subjectType", p.subjectType());
        m.put("predicate", p.predicate());
        m.put("objectId", p.objectId());
        m.put("objectType", p.objectType());
        m.put("sign", p.sign());
        m.put("level", p.level().name());
        m.put("context", p.context());
        if (p.statement() != null) {
            m.put("statement", p.statement());
        }
        return m;
    }

    private void project(TransactionContext tx, String claimId) {
        tx.run(graph.cypher("write/project-claims"), Map.of("ids", List.of(claimId))).consume();
    }

    private void addEvidence(TransactionContext tx, String claimId, List<EvidenceInputRow> evidence) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EvidenceInputRow ev : evidence) {
            String pmid = ev.pmid();
            String doi = ev.doi();
            String id = null;
            for (String key : new String[] {pmid, doi}) {
                if (key != null && id == null) {
                    var found = tx.run(graph.cypher("curation/publication-find"), Map.of("key", key)).list();
                    if (!found.isEmpty()) {
                        id = (String) found.get(0).get("publication").asMap().get("id");
                    }
                }
            }
            Map<String, Object> row = new HashMap<>();
            row.put("pmid", pmid);
            row.put("doi", doi);
            row.put("statement", ev.statement());
            // new publications get a key the seed-data format accepts (letters, digits, . _ : -)
            row.put("publicationId", id != null ? id : pmid != null ? "pmid:" + pmid
                    : "doi:" + doi.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._:-]", "_"));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            tx.run(graph.cypher("curation/evidence-add"), Map.of("claimId", claimId, "evidence", rows)).consume();
        }
    }

    private void event(TransactionContext tx, String claimId, CurationAction action, String actor, String at,
            String comment, ClaimState before, ClaimState after, String revisionId, String publicationId) {
        Map<String, Object> p = new HashMap<>();
        p.put("claimId", claimId);
        p.put("id", "ev-" + UUID.randomUUID());
        p.put("action", action.name());
        p.put("actor", actor);
        p.put("at", at);
        p.put("comment", comment);
        p.put("before", before == null ? null : json(before.snapshot()));
        p.put("after", after == null ? null : json(after.snapshot()));
        p.put("revisionId", revisionId);
        p.put("publicationId", publicationId);
        tx.run(graph.cypher("curation/event-create"), p).consume();
    }

    private Resolved resolve(ClaimInput in, String field, boolean evidenceRequired) {
        if (in == null) {
            throw new BadInputException(field + ": required");
        }
        try {
            Predicate predicate = ClaimRules.predicate(in.predicate());
            int sign = ClaimRules.sign(in.sign());
            EffectLevel level = ClaimRules.level(in.level(), predicate);
            String[] s = endpoint(in.subject(), field + ".subject");
            String[] o = endpoint(in.object(), field + ".object");
            ClaimRules.ends(predicate, s[1], o[1]);
            String context = ClaimRules.context(in.context());
            if (evidenceRequired) {
                ClaimRules.evidence(in.evidence() == null ? 0 : in.evidence().size());
            }
            List<EvidenceInputRow> ev = evidence(in.evidence() == null ? List.of() : in.evidence(),
                    field + ".evidence");
            String statement = ev.isEmpty() ? null : ev.get(0).statement();
            return new Resolved(new ClaimProposal(s[0], s[1], predicate.name(), o[0], o[1], sign, level, context,
                    statement, ev), in.level() != null);
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

    private static List<EvidenceInputRow> evidence(List<ClaimInput.EvidenceInput> list, String field) {
        List<EvidenceInputRow> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ClaimInput.EvidenceInput e = list.get(i);
            String f = field + "[" + i + "]";
            try {
                String pmid = ClaimRules.pmid(e.pmid());
                String doi = ClaimRules.doi(e.doi());
                if (pmid == null && doi == null) {
                    throw new BadInputException(f + ": give a PMID or a DOI");
                }
                out.add(new EvidenceInputRow(pmid, doi, ClaimRules.statement(e.statement())));
            } catch (ClaimRules.Violation v) {
                throw new BadInputException(f + "." + v.getMessage());
            }
        }
        return out;
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
}
