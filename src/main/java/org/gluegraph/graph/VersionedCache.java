package org.gluegraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers computed from the graph, kept until the next write: every write transaction through {@link Graph}
 * advances the graph's version, and a cache that sees a newer version empties itself before answering.
 * A reader can thus never get an answer older than the last committed write it could have seen.
 */
public final class VersionedCache<K, V> {

    private final Graph graph;
    private final Map<K, V> entries;
    private long version = -1;

    public VersionedCache(Graph graph, int maxEntries) {
        this.graph = graph;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public V get(K key, Supplier<V> compute) {
        long now = graph.version();
        synchronized (this) {
            if (now != version) {
                entries.clear();
                version = now;
            }
            V v = entries.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = compute.get();
        synchronized (this) {
            // keep it only if no write happened meanwhile (it might predate that write)
            if (graph.version() == now && version == now) {
                entries.put(key, v);
            }
        }
        return v;
    }
}
