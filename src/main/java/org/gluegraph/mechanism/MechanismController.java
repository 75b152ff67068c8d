package org.gluegraph.mechanism;

import java.util.List;

import org.gluegraph.contrast.Contrast;
import org.gluegraph.contrast.ContrastService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class MechanismController {

    private final MechanismService mechanisms;
    private final GraphViewService views;
    private final ContrastCheckService checks;
    private final ContrastService contrasts;

    MechanismController(MechanismService mechanisms, GraphViewService views, ContrastCheckService checks,
                        ContrastService contrasts) {
        this.mechanisms = mechanisms;
        this.views = views;
        this.checks = checks;
        this.contrasts = contrasts;
    }

    @QueryMapping
    ContrastCheck contrastCheck(@Argument String contrast, @Argument String drug, @Argument Double padjBelow) {
        return checks.check(contrast, drug, padjBelow);
    }

    /** The contract's {@code ContrastCheck.contrast}: the contrast checked (the check holds its id). */
    @SchemaMapping(typeName = "ContrastCheck")
    Contrast contrast(ContrastCheck check) {
        return contrasts.byIdOrName(check.contrastId());
    }

    @QueryMapping
    List<MechanismPath> mechanism(@Argument String drug, @Argument String target, @Argument Integer maxHops,
                                  @Argument String contrast, @Argument Boolean includeUnreviewed,
                                  @Argument List<String> sources) {
        return mechanisms.mechanism(drug, target, maxHops == null ? 4 : maxHops, contrast,
                Boolean.TRUE.equals(includeUnreviewed), sources);
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

}
