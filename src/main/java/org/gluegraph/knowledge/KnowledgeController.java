package org.gluegraph.knowledge;

import java.util.List;

import org.gluegraph.drug.Drug;
import org.gluegraph.gene.Gene;
import org.gluegraph.shared.Connection;
import org.gluegraph.web.Limits;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Gene/Drug/Disease.interactions, Gene.id, disease(id:) and search(text:). */
@Controller
class KnowledgeController {

    private final KnowledgeService knowledge;
    private final Limits limits;

    KnowledgeController(KnowledgeService knowledge, Limits limits) {
        this.knowledge = knowledge;
        this.limits = limits;
    }

    @SchemaMapping(typeName = "Drug", field = "interactions")
    Connection<Interaction> drugInteractions(Drug drug, @Argument List<String> sources, @Argument List<String> predicates,
            @Argument Integer sign, @Argument Integer first, @Argument String after) {
        return knowledge.interactions("Drug", drug.id(), sources, predicates, sign, limits.page(first, after));
    }

    @SchemaMapping(typeName = "Gene", field = "interactions")
    Connection<Interaction> geneInteractions(Gene gene, @Argument List<String> sources, @Argument List<String> predicates,
            @Argument Integer sign, @Argument Integer first, @Argument String after) {
        return knowledge.interactions("Gene", gene.hgncId(), sources, predicates, sign, limits.page(first, after));
    }

    @SchemaMapping(typeName = "Disease", field = "interactions")
    Connection<Interaction> diseaseInteractions(Disease disease, @Argument List<String> sources,
            @Argument List<String> predicates, @Argument Integer sign, @Argument Integer first, @Argument String after) {
        return knowledge.interactions("Disease", disease.id(), sources, predicates, sign, limits.page(first, after));
    }

    /** The id a Gene shares with every other node: its HGNC id. */
    @SchemaMapping(typeName = "Gene", field = "id")
    String geneId(Gene gene) {
        return gene.hgncId();
    }

    @QueryMapping
    Disease disease(@Argument String id) {
        return knowledge.disease(id);
    }

    @QueryMapping
    List<Object> search(@Argument String text, @Argument Integer first) {
        return knowledge.search(text, first);
    }
}
