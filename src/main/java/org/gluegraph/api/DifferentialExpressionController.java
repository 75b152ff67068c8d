package org.gluegraph.api;

import org.gluegraph.expression.Contrast;
import org.gluegraph.expression.DifferentialExpressionService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class DifferentialExpressionController {

    private final DifferentialExpressionService service;

    DifferentialExpressionController(DifferentialExpressionService service) {
        this.service = service;
    }

    @MutationMapping
    Contrast runDifferentialExpression(@Argument DifferentialExpressionService.Request input,
            @org.springframework.graphql.data.method.annotation.ContextValue(name = CallerInterceptor.KEY,
                    required = false) org.gluegraph.curation.security.Caller caller) {
        (caller == null ? org.gluegraph.curation.security.Caller.ANONYMOUS : caller)
                .require(org.gluegraph.curation.security.Role.CURATOR, "runDifferentialExpression");
        return service.run(input).contrast();
    }
}
