package org.gluegraph.graph;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read caches: Caffeine behind Spring's cache abstraction, all bounded by {@code gluegraph.cache.spec}. A
 * cached answer is keyed by the graph's version, so an answer computed before a write, by whichever process, is never
 * served after this process has seen that write:
 * <ul>
 * <li>{@link #VERSIONED}: by {@link GraphVersion#data()}, which every write advances;</li>
 * <li>{@link #PUBLISHED}: by {@link GraphVersion#published()}, which every write advances except those that change
 * only the review queue; for answers read without unreviewed claims (the accepted graph, contrasts, gene sets). A
 * boolean parameter marked {@link Unreviewed} that is true keys that call by {@code data} instead.</li>
 * </ul>
 * When the published version changes every cache is emptied as well, to free the memory of entries that can no
 * longer be read; after a review-queue write the entries keyed by the old {@code data} are left to the size bound and
 * expiry (the answers of the accepted graph stay, which is the point: 20 curators submitting must not make 100
 * readers recompute).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class GraphCaches {

    /** The key generator name for {@code @Cacheable(keyGenerator = GraphCaches.VERSIONED)}. */
    public static final String VERSIONED = "graphVersionKey";

    /** The key generator for answers of the accepted graph: see the class comment. */
    public static final String PUBLISHED = "publishedVersionKey";

    /** Marks the boolean parameter of a {@link #PUBLISHED} method that, when true, reads unreviewed claims too. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    public @interface Unreviewed {
    }

    @Bean
    CacheManager cacheManager(GraphProperties props, VersionWatch versions) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        // the scheduler removes expired entries when they expire; without it Caffeine removes them only on the
        // cache's next use, so a burst's answers stayed in the heap of a service that nobody asked again
        manager.setCaffeine(Caffeine.from(props.cache().spec())
                .scheduler(com.github.benmanes.caffeine.cache.Scheduler.systemScheduler()));
        AtomicLong published = new AtomicLong(Long.MIN_VALUE);
        versions.onChange(v -> {
            if (published.getAndSet(v.published()) != v.published()) {
                manager.getCacheNames().forEach(n -> {
                    var cache = manager.getCache(n);
                    if (cache != null) {
                        cache.clear();
                    }
                });
            }
        });
        return manager;
    }

    @Bean(VERSIONED)
    KeyGenerator graphVersionKey(VersionWatch versions) {
        return (target, method, params) -> key(versions.current().data(), method, params);
    }

    @Bean(PUBLISHED)
    KeyGenerator publishedVersionKey(VersionWatch versions) {
        return (target, method, params) -> {
            GraphVersion v = versions.current();
            return key(readsUnreviewed(method, params) ? v.data() : v.published(), method, params);
        };
    }

    private static List<Object> key(long version, Method method, Object[] params) {
        List<Object> key = new ArrayList<>(params.length + 2);
        key.add(version);
        key.add(method.getName());
        key.addAll(Arrays.asList(params));
        return key;
    }

    /** Per cached method, the positions of its {@link Unreviewed} parameters: found once, not on every call. */
    private static final Map<Method, int[]> UNREVIEWED = new ConcurrentHashMap<>();

    static boolean readsUnreviewed(Method method, Object[] params) {
        for (int i : UNREVIEWED.computeIfAbsent(method, GraphCaches::unreviewedParameters)) {
            if (Boolean.TRUE.equals(params[i])) {
                return true;
            }
        }
        return false;
    }

    private static int[] unreviewedParameters(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        return IntStream.range(0, annotations.length)
                .filter(i -> Arrays.stream(annotations[i]).anyMatch(Unreviewed.class::isInstance)).toArray();
    }
}
