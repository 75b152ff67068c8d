package org.gluegraph.api;

import java.util.List;

import org.gluegraph.graph.ClaimReader;
import org.gluegraph.graph.Connection;
import org.gluegraph.graph.Drug;
import org.gluegraph.graph.DrugService;
import org.gluegraph.graph.Relation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class DrugController {

    private final DrugService drugs;
    private final ClaimReader claims;
    private final Limits limits;

    DrugController(DrugService drugs, ClaimReader claims, Limits limits) {
        this.drugs = drugs;
        this.claims = claims;
        this.limits = limits;
    }

    @QueryMapping
    Drug drug(@Argument String id) {
        return drugs.resolve(id, "id");
    }

    @QueryMapping
    Connection<Drug> drugs(@Argument Integer first, @Argument String after) {
        return drugs.list(limits.page(first, after));
    }

    @SchemaMapping
    List<Relation> relations(Drug drug, @Argument Boolean includeUnreviewed) {
        return claims.ofNode(drug.id(), Boolean.TRUE.equals(includeUnreviewed));
    }
}
