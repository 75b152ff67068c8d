package org.gluegraph.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;
import org.gluegraph.security.Caller;
import org.gluegraph.shared.Connection;
import org.gluegraph.web.Limits;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CurationController {

    private final CurationService curation;
    private final ClaimReader claims;
    private final Limits limits;

    CurationController(CurationService curation, ClaimReader claims, Limits limits) {
        this.curation = curation;
        this.claims = claims;
        this.limits = limits;
    }

    private static Caller who(Caller c) {
        return c == null ? Caller.ANONYMOUS : c;
    }

    @MutationMapping
    Claim submitClaim(@Argument ClaimInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.submitClaim(who(c), input);
    }

    @MutationMapping
    Claim addEvidence(@Argument String claimId, @Argument ClaimInput.EvidenceInput evidence, @Argument String comment,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.addEvidence(who(c), claimId, evidence, comment);
    }

    @MutationMapping
    Revision suggestRevision(@Argument String claimId, @Argument ClaimInput input, @Argument String comment,
            @Argument int expectedVersion, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.suggestRevision(who(c), claimId, input, comment, expectedVersion);
    }

    @MutationMapping
    Claim acceptClaim(@Argument String claimId, @Argument String comment,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.acceptClaim(who(c), claimId, comment);
    }

    @MutationMapping
    Claim acceptRevision(@Argument String revisionId, @Argument String comment,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.acceptRevision(who(c), revisionId, comment);
    }

    @MutationMapping
    Claim rejectClaim(@Argument String claimId, @Argument String comment,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.rejectClaim(who(c), claimId, comment);
    }

    @MutationMapping
    Revision rejectRevision(@Argument String revisionId, @Argument String comment,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.rejectRevision(who(c), revisionId, comment);
    }

    @MutationMapping
    Publication retractPublication(@Argument String publication, @Argument String comment,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller c) {
        return curation.retractPublication(who(c), publication, comment);
    }

    @QueryMapping
    Connection<Claim> claims(@Argument ClaimStatus status, @Argument Integer first, @Argument String after) {
        return curation.claims(status, limits.page(first, after));
    }

    @QueryMapping
    Claim claim(@Argument String id) {
        return curation.claim(id);
    }

    @BatchMapping
    Map<Claim, Relation> relation(List<Claim> list) {
        var found = claims.relations(list.stream().map(Claim::id).distinct().toList());
        Map<Claim, Relation> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(c, found.get(c.id())));
        return out;
    }

    @BatchMapping
    Map<Claim, List<Revision>> revisions(List<Claim> list) {
        var found = curation.revisions(list.stream().map(Claim::id).distinct().toList());
        Map<Claim, List<Revision>> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(c, found.getOrDefault(c.id(), List.of())));
        return out;
    }

    @BatchMapping
    Map<Claim, List<CurationEvent>> events(List<Claim> list) {
        var found = curation.events(list.stream().map(Claim::id).distinct().toList());
        Map<Claim, List<CurationEvent>> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(c, found.getOrDefault(c.id(), List.of())));
        return out;
    }

    /** The curated relations a gene takes part in (this module owns claims, so it resolves the field on Gene). */
    @SchemaMapping(typeName = "Gene", field = "relations")
    List<Relation> geneRelations(Gene gene, @Argument Boolean includeUnreviewed) {
        return claims.ofNode(gene.hgncId(), Boolean.TRUE.equals(includeUnreviewed));
    }

    @SchemaMapping(typeName = "Drug", field = "relations")
    List<Relation> drugRelations(Drug drug, @Argument Boolean includeUnreviewed) {
        return claims.ofNode(drug.id(), Boolean.TRUE.equals(includeUnreviewed));
    }

    /** One query for the evidence of every relation in the response. */
    @BatchMapping(typeName = "Relation", field = "evidence")
    Map<Relation, List<Evidence>> evidence(List<Relation> relations) {
        var found = claims.evidence(relations.stream().map(Relation::claimId).distinct().toList());
        Map<Relation, List<Evidence>> out = new LinkedHashMap<>();
        relations.forEach(r -> out.put(r, found.getOrDefault(r.claimId(), List.of())));
        return out;
    }

    @SchemaMapping(typeName = "Revision", field = "claim")
    Claim revisionClaim(Revision r) {
        return curation.claim(r.claimId());
    }
}
