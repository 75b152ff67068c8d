package org.gluegraph.api;

import java.util.List;

import org.gluegraph.expression.ContrastService;
import org.gluegraph.expression.ExpressionResult;
import org.gluegraph.graph.ClaimReader;
import org.gluegraph.graph.Connection;
import org.gluegraph.graph.Gene;
import org.gluegraph.graph.GeneResolution;
import org.gluegraph.graph.GeneResolver;
import org.gluegraph.graph.Page;
import org.gluegraph.graph.Pathway;
import org.gluegraph.graph.PathwayService;
import org.gluegraph.graph.Relation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class GeneController {

    private final GeneResolver genes;
    private final PathwayService pathways;
    private final ClaimReader claims;
    private final ContrastService contrasts;
    private final Limits limits;

    GeneController(GeneResolver genes, PathwayService pathways, ClaimReader claims, ContrastService contrasts, Limits limits) {
        this.genes = genes;
        this.pathways = pathways;
        this.claims = claims;
        this.contrasts = contrasts;
        this.limits = limits;
    }

    @QueryMapping
    Gene gene(@Argument String id) {
        return genes.resolveOne(id, "id");
    }

    @QueryMapping
    GeneResolution resolveGenes(@Argument List<String> terms) {
        return genes.resolve(terms);
    }

    @SchemaMapping
    Connection<Pathway> pathways(Gene gene, @Argument String collection, @Argument Integer first, @Argument String after) {
        return pathways.ofGene(gene.hgncId(), collection, limits.page(first, after));
    }

    @SchemaMapping
    List<Relation> relations(Gene gene, @Argument Boolean includeUnreviewed) {
        return claims.ofNode(gene.hgncId(), Boolean.TRUE.equals(includeUnreviewed));
    }

    @SchemaMapping
    List<ExpressionResult> expression(Gene gene, @Argument String contrast) {
        return contrasts.forGene(gene.hgncId(), contrast);
    }
}
