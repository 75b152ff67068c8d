package org.gluegraph.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * Parsed and validated documents by query text: clients send the same few documents with different variables,
 * so parsing and validating each time is wasted work. Bounded by the total length of the documents kept, least
 * recently used out first. A document seen for the first time has its fragments checked ({@link DocumentShape})
 * before graphql-java validates it.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    /**
     * A document nobody has sent for this long is dropped, like the read caches' entries (gluegraph.cache.spec's
     * default): a burst of distinct documents (an abusive client's) would otherwise keep their parsed trees, many
     * times the size of their text, until other documents pushed them out.
     */
    static final java.time.Duration IDLE = java.time.Duration.ofMinutes(2);

    private final Cache<String, PreparsedDocumentEntry> cache;
    private final DocumentShape shape;

    DocumentCache(long maxChars, DocumentShape shape) {
        this.cache = Caffeine.newBuilder().maximumWeight(maxChars).expireAfterAccess(IDLE)
                .scheduler(com.github.benmanes.caffeine.cache.Scheduler.systemScheduler())
                .weigher((String key, PreparsedDocumentEntry e) -> key.length()).build();
        this.shape = shape;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery() + "\u0000" + input.getOperationName();
        PreparsedDocumentEntry entry = cache.getIfPresent(key);
        if (entry == null) {
            GraphQLError refused = refused(input.getQuery());
            if (refused != null) {
                return CompletableFuture.completedFuture(new PreparsedDocumentEntry(List.of(refused)));
            }
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                cache.put(key, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** Why the document must not reach validation, or null (a syntax error is left for graphql-java to report). */
    private GraphQLError refused(String query) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return null;
        }
        return shape.check(document);
    }
}
