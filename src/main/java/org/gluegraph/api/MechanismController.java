package org.gluegraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.ClaimReader;
import org.gluegraph.graph.Evidence;
import org.gluegraph.graph.GraphView;
import org.gluegraph.graph.GraphViewService;
import org.gluegraph.graph.MechanismPath;
import org.gluegraph.graph.MechanismService;
import org.gluegraph.graph.Relation;
import org.gluegraph.graph.ResistanceFinding;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class MechanismController {

    private final MechanismService mechanisms;
    private final GraphViewService views;
    private final ClaimReader claims;

    MechanismController(MechanismService mechanisms, GraphViewService views, ClaimReader claims) {
        this.mechanisms = mechanisms;
        this.views = views;
        this.claims = claims;
    }

    @QueryMapping
    List<MechanismPath> mechanism(@Argument String drug, @Argument String target, @Argument Integer maxHops,
                                  @Argument String contrast, @Argument Boolean includeUnreviewed) {
        return mechanisms.mechanism(drug, target, maxHops == null ? 4 : maxHops, contrast, Boolean.TRUE.equals(includeUnreviewed));
    }

    @QueryMapping
    List<ResistanceFinding> resistanceMechanisms(@Argument String drug, @Argument String contrast,
                                                 @Argument Boolean includeUnreviewed) {
        return mechanisms.resistance(drug, contrast, Boolean.TRUE.equals(includeUnreviewed));
    }

    @QueryMapping
    GraphView graphView(@Argument GraphView.Input input) {
        return views.view(input);
    }

    /** One query for the evidence of every relation in the response. */
    @BatchMapping
    Map<Relation, List<Evidence>> evidence(List<Relation> relations) {
        var found = claims.evidence(relations.stream().map(Relation::claimId).distinct().toList());
        Map<Relation, List<Evidence>> out = new LinkedHashMap<>();
        relations.forEach(r -> out.put(r, found.getOrDefault(r.claimId(), List.of())));
        return out;
    }
}
