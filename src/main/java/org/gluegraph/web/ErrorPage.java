package org.gluegraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of Spring Boot's error page ({@code /error}, for failures outside the controllers: a filter, the
 * container's own refusals, an unmapped path): the same {@code {classification, message}} as {@link HttpErrors}, or
 * a GraphQL {@code errors} array on the GraphQL path, instead of Boot's timestamp/status/error/path with framework
 * messages. Unexpected failures are still logged by whoever caught them; the client is told no class name.
 */
@Component
class ErrorPage extends DefaultErrorAttributes {

    private final String graphQlPath;

    ErrorPage(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.graphQlPath = graphQlPath;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Throwable error = getError(request);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.resolve(i)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ErrorClassifier.Classified c;
        if (error != null) {
            c = ErrorClassifier.classify(error);
        } else {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE, RequestAttributes.SCOPE_REQUEST);
            c = ErrorClassifier.forStatus(status, message == null ? null : message.toString());
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        // (Boot's error controller takes the status from the request, not from this body)
        return new LinkedHashMap<>(HttpErrors.body(graphQlPath.equals(uri), c));
    }
}
