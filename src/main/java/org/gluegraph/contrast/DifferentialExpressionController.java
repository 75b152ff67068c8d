package org.gluegraph.contrast;

import org.gluegraph.security.Caller;
import org.gluegraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
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
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Caller who = caller == null ? Caller.ANONYMOUS : caller;
        String name = who.require(Role.CURATOR, "runDifferentialExpression");
        return service.run(input, new ContrastWriter.Author(name, who.role().atLeast(Role.EDITOR),
                ContrastWriter.Author.Source.API)).contrast();
    }
}
