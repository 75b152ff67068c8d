package org.gluegraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gluegraph.graph.Graph;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole answers to read-only GraphQL queries, kept until the next write to the graph by any process that can change
 * them ({@link Graph#version()}; see {@link #REVIEW_STATE}). Clients of a mechanism view send the same few requests
 * over and over; an identical request (same body, same Authorization header) is answered with the bytes of the last
 * answer, without GraphQL execution or data fetching. Only error-free answers to queries are kept, never mutations,
 * and each is keyed by the version it was computed at, so a reader cannot see an answer older than the last write
 * that concerns it. After a write, of the readers sending the same
 * request at once one computes it and the others wait for its answer.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
class ResponseCache extends OncePerRequestFilter {

    private static final int MAX_BODY = 20_000;
    private static final int MAX_ANSWER = 1 << 20;

    private final Graph graph;
    private final ObjectMapper json;
    private final String path;
    /** Answers by graph version and request: emptied (by the cache manager) when the published version moves. */
    private final Cache entries;
    /** Whether a request body runs a query: does not depend on the data, so it is not emptied on writes. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> queryDocuments =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1000)
                    .expireAfterAccess(DocumentCache.IDLE)
                    .scheduler(com.github.benmanes.caffeine.cache.Scheduler.systemScheduler()).build();

    ResponseCache(Graph graph, ObjectMapper json, CacheManager caches,
            @org.springframework.beans.factory.annotation.Value("${spring.graphql.http.path:/graphql}") String path) {
        this.graph = graph;
        this.json = json;
        this.path = path;
        this.entries = caches.getCache("responses");
    }

    private record Key(long version, String body, String authorization, String accept) {
    }

    /**
     * Words of a request (its document or its variables) that can read the review queue: submitted claims, their
     * evidence, revisions and history ({@code claims}, {@code claim}, {@code includeUnreviewed: true}), or counts of
     * every claim ({@code about}). Such answers are keyed by the data version, which every write advances; all
     * others by the published version, which writes of the review queue leave alone, so that curators submitting do
     * not empty the readers' answers of the accepted graph. A request that only names the word (e.g.
     * {@code includeUnreviewed: false}) is keyed by data too: the safe side.
     */
    private static final java.util.regex.Pattern REVIEW_STATE =
            java.util.regex.Pattern.compile("\\b(claims|claim|includeUnreviewed|revisions|events|about)\\b");

    private long version(String body) {
        var v = graph.version();
        return REVIEW_STATE.matcher(body).find() ? v.data() : v.published();
    }

    private record Answer(byte[] bytes, String contentType) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && path.equals(request.getRequestURI()))
                || request.getContentLength() > MAX_BODY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bodyBytes = StreamUtils.copyToByteArray(request.getInputStream());
        var replay = new BodyReplay(request, bodyBytes, null);
        String body = new String(bodyBytes, StandardCharsets.UTF_8);
        if (bodyBytes.length > MAX_BODY || !isQuery(body)) {
            chain.doFilter(replay, response);
            return;
        }
        // (the Accept header as the guard settled it: the answer's media type depends on it)
        Key key = new Key(version(body), body, request.getHeader("Authorization"), request.getHeader("Accept"));
        Answer hit = entries.get(key, Answer.class);
        if (hit == null) {
            // after a write every reader misses at once: one computes each distinct request, the others wait for it
            CompletableFuture<Answer> mine = new CompletableFuture<>();
            CompletableFuture<Answer> running = computing.putIfAbsent(key, mine);
            if (running != null) {
                hit = await(running);
            } else {
                try {
                    hit = compute(key, replay, response, chain);
                    mine.complete(hit);
                    return;
                } finally {
                    mine.complete(null);
                    computing.remove(key, mine);
                }
            }
        }
        if (hit == null) {
            compute(key, replay, response, chain); // the first one's answer was not kept (an error): ask ourselves
            return;
        }
        response.setStatus(200);
        response.setContentType(hit.contentType());
        response.setContentLength(hit.bytes().length);
        response.getOutputStream().write(hit.bytes());
    }

    /** Runs the request and keeps its answer when it is an error-free 200; returns what was kept, or null. */
    private Answer compute(Key key, HttpServletRequest replay, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(replay, capture);
        byte[] answer = capture.getContentAsByteArray();
        String contentType = capture.getContentType();
        capture.copyBodyToResponse();
        if (capture.getStatus() == 200 && answer.length < MAX_ANSWER && errorFree(answer)) {
            // computed at this version or a newer one: never older than what the key promises
            Answer kept = new Answer(answer, contentType);
            entries.put(key, kept);
            return kept;
        }
        return null;
    }

    /** The answer another request is computing, waited for within this request's budget (null: compute it). */
    private static Answer await(CompletableFuture<Answer> running) {
        try {
            long ms = Math.max(1, org.gluegraph.shared.Budget.current().remaining().toMillis());
            return running.get(Math.min(ms, 30_000), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Requests being answered now, by key, for the readers of the same request to wait for. */
    private final ConcurrentHashMap<Key, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();

    private boolean errorFree(byte[] answer) {
        try {
            JsonNode node = json.readTree(answer);
            return node.has("data") && !node.has("errors");
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the request runs a query operation (the document is parsed once per distinct request body). */
    private boolean isQuery(String body) {
        Boolean known = queryDocuments.getIfPresent(body);
        if (known != null) {
            return known;
        }
        boolean query;
        try {
            JsonNode req = json.readTree(body);
            String document = req.path("query").asText(null);
            String operationName = req.path("operationName").isTextual() ? req.get("operationName").asText() : null;
            Document parsed = Parser.parse(document);
            List<OperationDefinition> ops = parsed.getDefinitionsOfType(OperationDefinition.class);
            query = (operationName != null || ops.size() == 1) && ops.stream()
                    .filter(op -> operationName == null || Objects.equals(op.getName(), operationName)).findFirst()
                    .map(op -> op.getOperation() == OperationDefinition.Operation.QUERY).orElse(false);
        } catch (RuntimeException | IOException e) {
            query = false; // not cacheable; GraphQL reports what is wrong with it
        }
        queryDocuments.put(body, query);
        return query;
    }
}
