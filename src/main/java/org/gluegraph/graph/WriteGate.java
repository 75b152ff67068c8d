package org.gluegraph.graph;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.gluegraph.shared.Budget;
import org.gluegraph.shared.TryLaterException;

/**
 * How many of this process's short write transactions run at once; the others wait their turn (within their
 * request's budget), first come first served. Twenty curators writing at once on two cores made twenty CPU-bound
 * threads that every reader's request queued behind in the scheduler, and they locked the same shared nodes: reads
 * with writers fell to half of reads without. Writes that wait here hold no thread of the database and no lock, so
 * readers are scheduled promptly, and the writes themselves go about as fast (the cores were the limit). A write
 * inside another (the same thread) does not wait again. {@code permits <= 0}: no bound.
 */
final class WriteGate {

    private final Semaphore permits;
    private final int size;
    private final Duration maxWait;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    WriteGate(int permits, Duration maxWait) {
        this.size = permits;
        this.permits = permits > 0 ? new Semaphore(permits, true) : null;
        this.maxWait = maxWait;
    }

    <T> T through(Supplier<T> write) {
        if (permits == null || inside.get()) {
            return write.get();
        }
        acquire();
        inside.set(true);
        try {
            return write.get();
        } finally {
            inside.set(false);
            permits.release();
        }
    }

    private void acquire() {
        Budget budget = Budget.current();
        Duration wait = budget.limited() && budget.remaining().compareTo(maxWait) < 0 ? budget.remaining() : maxWait;
        try {
            if (!permits.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS)) {
                budget.check(); // a request whose budget is spent says so, not "busy"
                throw new TryLaterException("the database is busy: " + size + " writes are running and "
                        + permits.getQueueLength() + " wait; try again in a moment", Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TryLaterException("the write was interrupted while waiting its turn", Duration.ofSeconds(1), e);
        }
    }
}
