package org.gluegraph.shared;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The one parallel loop: independent work items (genes, gene sets) on a fixed number of threads, each item writing
 * only its own slots; below {@code minParallel} items, or with one thread, a plain loop.
 */
public final class Parallel {

    private Parallel() {
    }

    public static void forEach(int n, int threads, IntConsumer body) {
        forEach(n, threads, 256, body);
    }

    /** As {@link #forEach(int, int, IntConsumer)}, parallel from {@code minParallel} items on. */
    public static void forEach(int n, int threads, int minParallel, IntConsumer body) {
        if (threads <= 1 || n < minParallel || n < 2) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            await(List.of(pool.submit(() -> IntStream.range(0, n).parallel().forEach(body))));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Waits for every task; a task's RuntimeException is thrown as it is (an input error stays one), anything else
     * wrapped. For work handed to other threads outside {@link #forEach} (a producer-consumer pipeline).
     */
    public static void await(List<? extends Future<?>> tasks) {
        try {
            for (Future<?> f : tasks) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
