package org.gluegraph.drug;

import org.gluegraph.shared.Connection;
import org.gluegraph.web.Limits;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Drugs by name, synonym or id; curation resolves a drug's relations. */
@Controller
class DrugController {

    private final DrugService drugs;
    private final Limits limits;

    DrugController(DrugService drugs, Limits limits) {
        this.drugs = drugs;
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
}
