package org.gluegraph.pathway;

import java.util.List;
import java.util.Map;

import org.gluegraph.gene.Gene;
import org.gluegraph.shared.Connection;
import org.gluegraph.web.Limits;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PathwayController {

    private final PathwayService pathways;
    private final Limits limits;

    PathwayController(PathwayService pathways, Limits limits) {
        this.pathways = pathways;
        this.limits = limits;
    }

    @QueryMapping
    Pathway pathway(@Argument String id) {
        return pathways.byId(id);
    }

    @QueryMapping
    Connection<Pathway> pathways(@Argument String collection, @Argument String text, @Argument Integer first,
                                 @Argument String after) {
        return pathways.search(collection, text, limits.page(first, after));
    }

    /** A gene's pathways: this module owns memberships, so it resolves the field on Gene. */
    @SchemaMapping(typeName = "Gene", field = "pathways")
    Connection<Pathway> pathwaysOfGene(Gene gene, @Argument String collection, @Argument Integer first,
                                       @Argument String after) {
        return pathways.ofGene(gene.hgncId(), collection, limits.page(first, after));
    }

    @SchemaMapping
    Connection<Gene> genes(Pathway pathway, @Argument Integer first, @Argument String after) {
        return pathways.genes(pathway.id(), limits.page(first, after));
    }

    @BatchMapping
    Map<Pathway, List<Pathway>> parents(List<Pathway> list) {
        var found = pathways.parents(list.stream().map(Pathway::id).toList());
        return byPathway(list, found);
    }

    @BatchMapping
    Map<Pathway, List<Pathway>> children(List<Pathway> list) {
        var found = pathways.children(list.stream().map(Pathway::id).toList());
        return byPathway(list, found);
    }

    private static Map<Pathway, List<Pathway>> byPathway(List<Pathway> list, Map<String, List<Pathway>> found) {
        Map<Pathway, List<Pathway>> out = new java.util.LinkedHashMap<>();
        list.forEach(p -> out.put(p, found.getOrDefault(p.id(), List.of())));
        return out;
    }
}
