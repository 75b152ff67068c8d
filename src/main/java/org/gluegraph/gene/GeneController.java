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

    /** Suggestions for a search box: at most 50, from the in-memory index of every identifier. */
    @QueryMapping
    List<GeneResolution.GeneMatch> suggestGenes(@Argument String prefix, @Argument Integer first) {
        int n = first == null ? 10 : first;
        if (n < 0 || n > 50) {
            throw new org.gluegraph.shared.BadInputException("first: expected 0 to 50, got " + n);
        }
        return genes.index().suggest(prefix, n);
    }

    @QueryMapping
    GeneResolution resolveGenes(@Argument List<String> terms) {
        return genes.resolve(terms);
    }
}
