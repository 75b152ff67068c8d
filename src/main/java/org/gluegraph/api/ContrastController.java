package org.gluegraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.expression.Contrast;
import org.gluegraph.expression.ContrastService;
import org.gluegraph.expression.ExpressionResult;
import org.gluegraph.graph.Connection;
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

    @BatchMapping(typeName = "ExpressionResult", field = "contrast")
    Map<ExpressionResult, Contrast> contrastOf(List<ExpressionResult> results) {
        var found = contrasts.byIds(results.stream().map(ExpressionResult::contrastId).distinct().toList());
        Map<ExpressionResult, Contrast> out = new LinkedHashMap<>();
        results.forEach(r -> out.put(r, found.get(r.contrastId())));
        return out;
    }
}
