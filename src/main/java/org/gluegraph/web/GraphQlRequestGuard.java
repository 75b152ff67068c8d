package org.gluegraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GraphQL-over-HTTP's rules for the request itself, checked before any of it is executed: a POST with
 * {@code Content-Type: application/json} (415 otherwise, a missing type included), a body no larger than
 * {@code gluegraph.http.max-request-size} (413, refused before reading when the length is declared), a JSON object
 * whose {@code query} is a string and whose {@code operationName}, {@code variables} and {@code extensions} are
 * absent, null or of their type (400). Each refusal is a GraphQL {@code errors} array in the media type the client
 * accepts. The Accept header is settled here too: {@code application/graphql-response+json} with parameters or
 * quality values is answered in that type (the framework compares media types including their parameters).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class GraphQlRequestGuard extends OncePerRequestFilter {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private final String path;
    private final long maxBytes;
    private final ObjectMapper json;

    GraphQlRequestGuard(@Value("${spring.graphql.http.path:/graphql}") String path, HttpProperties props,
            ObjectMapper json) {
        this.path = path;
        this.maxBytes = props.maxRequestSize().toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path.equals(request.getRequestURI()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MediaType answerType = answerType(request.getHeader("Accept"));
        if (answerType == null) {
            refuse(response, MediaType.APPLICATION_JSON, HttpStatus.NOT_ACCEPTABLE, "this endpoint answers in "
                    + "application/graphql-response+json or application/json; the Accept header allows neither");
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            refuse(response, answerType, HttpStatus.METHOD_NOT_ALLOWED, "send GraphQL requests as POST with "
                    + "Content-Type: application/json and a body {\"query\": \"...\", \"variables\": {...}}");
            return;
        }
        String problem = contentTypeProblem(request.getContentType());
        if (problem != null) {
            refuse(response, answerType, HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, answerType, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            refuse(response, answerType, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        problem = shapeProblem(body);
        if (problem != null) {
            refuse(response, answerType, HttpStatus.BAD_REQUEST, problem);
            return;
        }
        chain.doFilter(new BodyReplay(request, body, answerType.toString()), response);
    }

    private String tooLarge() {
        return "the request body is larger than " + maxBytes + " bytes (gluegraph.http.max-request-size); send "
                + "long gene lists in several requests";
    }

    /** The body, or null when it is longer than the limit (reading stops there). */
    private byte[] read(InputStream in) throws IOException {
        byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return all.length > maxBytes ? null : all;
    }

    static String contentTypeProblem(String contentType) {
        String expected = "; send the request as JSON with Content-Type: application/json";
        if (contentType == null || contentType.isBlank()) {
            return "the request has no Content-Type" + expected;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return "the Content-Type '" + contentType + "' is not a media type" + expected;
        }
        if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            return "the Content-Type " + type.getType() + "/" + type.getSubtype() + " is not supported" + expected;
        }
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            return "the request is declared as " + type.getCharset() + "; GraphQL requests are UTF-8";
        }
        return null;
    }

    /** What is wrong with the body as a GraphQL request, or null. */
    String shapeProblem(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return "the request body is not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ": " + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            return "the request body could not be read";
        }
        if (root == null || root.isMissingNode()) {
            return "the request body is empty; expected {\"query\": \"...\"}";
        }
        if (!root.isObject()) {
            return "the request body is JSON " + kind(root) + "; expected an object {\"query\": \"...\"}";
        }
        JsonNode query = root.get("query");
        if (query == null || query.isNull()) {
            return "the request has no 'query'; expected {\"query\": \"...\"}";
        }
        if (!query.isTextual()) {
            return "'query' is " + kind(query) + "; expected the GraphQL document as a string";
        }
        String problem = optional(root, "operationName", JsonNode::isTextual, "a string");
        if (problem == null) {
            problem = optional(root, "variables", JsonNode::isObject, "an object of variable values");
        }
        if (problem == null) {
            problem = optional(root, "extensions", JsonNode::isObject, "an object");
        }
        return problem;
    }

    private static String optional(JsonNode root, String field, java.util.function.Predicate<JsonNode> ok,
            String expected) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull() || ok.test(v)) {
            return null;
        }
        return "'" + field + "' is " + kind(v) + "; expected null or " + expected;
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> "not a value";
        };
    }

    /**
     * The media type to answer in: the accepted one with the highest quality, any type and application/any
     * meaning application/json; no Accept header means application/json; null when neither is acceptable.
     */
    static MediaType answerType(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_JSON; // an unreadable Accept header is treated as none
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable: ties keep order
        for (MediaType t : types) {
            if (t.getQualityValue() <= 0) {
                continue;
            }
            if (GRAPHQL_RESPONSE.equalsTypeAndSubtype(t)) {
                return GRAPHQL_RESPONSE;
            }
            if (t.includes(MediaType.APPLICATION_JSON)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        return null;
    }

    private void refuse(HttpServletResponse response, MediaType type, HttpStatus status, String message)
            throws IOException {
        HttpErrors.write(response, ErrorClassifier.classify(new RequestRejectedException(status, message)), true,
                type.toString());
    }
}
