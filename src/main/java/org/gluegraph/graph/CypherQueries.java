package org.gluegraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Cypher lives in {@code cypher/**}/*.cypher files on the classpath and is loaded by name, never built from
 * input: every value reaches the database as a {@code $parameter}.
 */
@Component
public class CypherQueries {

    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    /** @param name path below {@code cypher/} without the extension, e.g. {@code query/gene-by-id} */
    public String get(String name) {
        return cache.computeIfAbsent(name, CypherQueries::load);
    }

    static String load(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = CypherQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
