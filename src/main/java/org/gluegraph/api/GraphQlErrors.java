package org.gluegraph.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.gluegraph.expression.internal.DeseqInputException;
import org.gluegraph.expression.io.InputFileException;
import org.gluegraph.graph.BadInputException;
import org.gluegraph.graph.NotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps failures to GraphQL errors with {@code extensions.classification} and a message a person can act on.
 * Unexpected failures are logged with their stack trace and answered with a plain INTERNAL_ERROR.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorType type;
        String message;
        if (ex instanceof org.gluegraph.curation.security.AccessDeniedException denied) {
            type = denied.forbidden() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED;
            message = ex.getMessage();
        } else if (ex instanceof BadInputException || ex instanceof IllegalArgumentException
                || ex instanceof InputFileException || ex instanceof DeseqInputException
                || ex instanceof org.gluegraph.enrichment.internal.EnrichmentInputException) {
            type = ErrorType.BAD_REQUEST;
            message = ex.getMessage();
        } else if (ex instanceof NotFoundException) {
            type = ErrorType.NOT_FOUND;
            message = ex.getMessage();
        } else if (ex instanceof ClientException ce && ce.code() != null && ce.code().contains("TransactionTimedOut")) {
            type = ErrorType.INTERNAL_ERROR;
            message = "The query took longer than the configured limit (gluegraph.neo4j.query-timeout); narrow it down";
        } else if (ex instanceof ServiceUnavailableException || ex instanceof TransientException) {
            type = ErrorType.INTERNAL_ERROR;
            message = "The graph database is temporarily unavailable; try again";
            log.warn("Neo4j unavailable at {}: {}", env.getExecutionStepInfo().getPath(), ex.toString());
        } else {
            type = ErrorType.INTERNAL_ERROR;
            message = "Internal error; it has been logged";
            log.error("Unexpected failure at {}", env.getExecutionStepInfo().getPath(), ex);
        }
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
