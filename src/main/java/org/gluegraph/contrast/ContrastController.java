package org.gluegraph.contrast;

import java.util.LinkedHashMap;
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
class ContrastController {

    private final ContrastService contrasts;
    private final Limits limits;

    ContrastController(ContrastService contrasts, Limits limits) {
        this.contrasts = contrasts;
        this.limits = limits;
    }

    @QueryMapping
    List<Contrast> contrasts() {
        return contrasts.all();
    }

    @QueryMapping
    Contrast contrast(@Argument String id) {
        return contrasts.byIdOrName(id);
    }

    @SchemaMapping
    int significantGenes(Contrast contrast, @Argument Double padjBelow) {
        return contrasts.significant(contrast.id(), padjBelow == null ? 0.05 : padjBelow);
    }

    @SchemaMapping
    Connection<ExpressionResult> results(Contrast contrast, @Argument Double padjBelow, @Argument Integer first,
                                         @Argument String after) {
        return contrasts.results(contrast.id(), padjBelow, limits.page(first, after));
    }

    /** A gene's results across contrasts (this module owns them, so it resolves the field on Gene). */
    @SchemaMapping(typeName = "Gene", field = "expression")
    List<ExpressionResult> geneExpression(Gene gene, @Argument String contrast) {
        return contrasts.forGene(gene.hgncId(), contrast);
    }

    @BatchMapping(typeName = "Contrast", field = "history")
    Map<Contrast, List<ContrastEvent>> history(List<Contrast> list) {
        var found = contrasts.history(list.stream().map(Contrast::name).distinct().toList());
        Map<Contrast, List<ContrastEvent>> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(c, found.getOrDefault(c.name(), List.of())));
        return out;
    }

    @BatchMapping(typeName = "ExpressionResult", field = "contrast")
    Map<ExpressionResult, Contrast> contrastOf(List<ExpressionResult> results) {
        var found = contrasts.byIds(results.stream().map(ExpressionResult::contrastId).distinct().toList());
        Map<ExpressionResult, Contrast> out = new LinkedHashMap<>();
        results.forEach(r -> out.put(r, found.get(r.contrastId())));
        return out;
    }
}
