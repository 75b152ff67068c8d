package org.gluegraph.web;

import java.util.Map;

import org.gluegraph.security.ApiKeys;
import org.gluegraph.security.Caller;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the caller named by the Authorization header into the GraphQL context, for the mutations to check. */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

    private final ApiKeys keys;

    CallerInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String auth = request.getHeaders().getFirst("Authorization");
        Caller caller = keys.caller(auth);
        if (keys.requireKeyForReads() && !caller.authenticated()) {
            var error = graphql.GraphqlErrorBuilder.newError()
                    .errorType(org.springframework.graphql.execution.ErrorType.UNAUTHORIZED)
                    .message("this server requires an API key for every request: 'Authorization: Bearer <key>'")
                    .build();
            var result = graphql.ExecutionResultImpl.newExecutionResult().addError(error).build();
            return Mono.just(new WebGraphQlResponse(new org.springframework.graphql.support.DefaultExecutionGraphQlResponse(
                    request.toExecutionInput(), result)));
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller)).build());
        return chain.next(request);
    }
}
