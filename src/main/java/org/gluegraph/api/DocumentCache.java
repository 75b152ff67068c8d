package org.gluegraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by query text: clients send the same few documents with different variables,
 * so parsing and validating each time is wasted work. Bounded, least recently used out first.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> cache;

    DocumentCache(int maxEntries) {
        this.cache = new LinkedHashMap<>(maxEntries, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery() + "\u0000" + input.getOperationName();
        PreparsedDocumentEntry entry;
        synchronized (cache) {
            entry = cache.get(key);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                synchronized (cache) {
                    cache.put(key, entry);
                }
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
