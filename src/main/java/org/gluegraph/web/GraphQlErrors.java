package org.gluegraph.web;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * GraphQL errors with {@code extensions.classification} and a message a person can act on ({@link ErrorClassifier});
 * unexpected failures are logged with their stack trace.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorClassifier.Classified c = ErrorClassifier.classify(ex);
        if (c.unexpected()) {
            log.error("Unexpected failure at {}", env.getExecutionStepInfo().getPath(), ex);
        } else if (c.status().is5xxServerError() && !(ex instanceof org.gluegraph.shared.BudgetExceededException)) {
            log.warn("{} at {}: {}", c.classification(), env.getExecutionStepInfo().getPath(), ex.toString());
        }
        return GraphqlErrorBuilder.newError(env).errorType(c.type()).message(c.message())
                .extensions(c.extensions()).build();
    }
}
