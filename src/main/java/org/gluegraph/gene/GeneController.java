package org.gluegraph.gene;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Genes by any identifier; the modules that own a gene's pathways, relations and expression resolve those fields. */
@Controller
class GeneController {

    private final GeneResolver genes;

    GeneController(GeneResolver genes) {
        this.genes = genes;
    }

    @QueryMapping
    Gene gene(@Argument String id) {
        return genes.resolveOne(id, "id");
    }

    @QueryMapping
    GeneResolution resolveGenes(@Argument List<String> terms) {
        return genes.resolve(terms);
    }
}
