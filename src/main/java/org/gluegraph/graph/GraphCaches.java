package org.gluegraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read caches: Caffeine behind Spring's cache abstraction, all bounded by {@code gluegraph.cache.spec}. A
 * cached answer is keyed by the graph's version ({@link #VERSIONED} key generator), so an answer computed before a
 * write, by whichever process, is never served after this process has seen that write; when the version changes
 * every cache is emptied as well, to free the memory of entries that can no longer be read.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class GraphCaches {

    /** The key generator name for {@code @Cacheable(keyGenerator = GraphCaches.VERSIONED)}. */
    public static final String VERSIONED = "graphVersionKey";

    @Bean
    CacheManager cacheManager(GraphProperties props, VersionWatch versions) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.from(props.cache().spec()));
        versions.onChange(v -> manager.getCacheNames().forEach(n -> {
            var cache = manager.getCache(n);
            if (cache != null) {
                cache.clear();
            }
        }));
        return manager;
    }

    @Bean(VERSIONED)
    KeyGenerator graphVersionKey(VersionWatch versions) {
        return (target, method, params) -> {
            List<Object> key = new ArrayList<>(params.length + 2);
            key.add(versions.current().data());
            key.add(method.getName());
            key.addAll(Arrays.asList(params));
            return key;
        };
    }
}
