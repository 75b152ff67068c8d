package org.gluegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gluegraph.shared.TryLaterException;
import org.junit.jupiter.api.Test;

class WriteGateTest {

    @Test
    void noMoreThanThePermitsRunAtOnce() throws Exception {
        WriteGate gate = new WriteGate(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(started(() -> gate.through(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(30);
                return running.decrementAndGet();
            })));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aWriteInsideAWriteDoesNotWaitForItself() {
        WriteGate gate = new WriteGate(1, Duration.ofMillis(200));
        assertThat(gate.through(() -> gate.through(() -> "inner"))).isEqualTo("inner");
    }

    @Test
    void aWriteThatWaitsTooLongIsToldToTryLater() throws Exception {
        WriteGate gate = new WriteGate(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = started(() -> gate.through(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> gate.through(() -> "second"))
                .isInstanceOf(TryLaterException.class)
                .hasMessageContaining("the database is busy: 1 writes are running");
        release.countDown();
        holder.join();
        assertThat(gate.through(() -> "after")).isEqualTo("after"); // the permit came back
    }

    @Test
    void zeroPermitsMeansNoBound() {
        WriteGate gate = new WriteGate(0, Duration.ofMillis(1));
        assertThat(gate.through(() -> gate.through(() -> 42))).isEqualTo(42);
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
