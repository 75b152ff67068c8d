package org.gluegraph.shared;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long the current request may still work, and whether it has been called off (its client went away). The web
 * layer opens one per request ({@link #open}) on the request's thread; the database access and the long loops of
 * the engines ask it ({@link #check}) and stop with a {@link BudgetExceededException} when it is spent, so the work
 * a request causes ends with the request. Code that runs outside any request (the command line, the seed) sees
 * {@link #UNLIMITED}. Work handed to other threads takes the budget object with it ({@link #current} first).
 */
public final class Budget {

    /** No limit: outside requests. Cannot be cancelled. */
    public static final Budget UNLIMITED = new Budget("", null, Long.MAX_VALUE, "");

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private final String id;
    private final Duration limit;
    private final long startedAt = System.nanoTime();
    private final String setting;
    private volatile long deadline;
    private volatile String cancelled;
    private volatile BooleanSupplier disconnected = () -> false;

    private Budget(String id, Duration limit, long deadline, String setting) {
        this.id = id;
        this.limit = limit;
        this.deadline = deadline;
        this.setting = setting;
    }

    /**
     * A budget for the current thread's request.
     *
     * @param id names the request (the database sees it in each transaction's metadata, to terminate them)
     * @param setting the configuration key of the limit, quoted when the budget is spent
     */
    public static Budget open(String id, Duration limit, String setting) {
        Budget b = new Budget(id, limit, System.nanoTime() + limit.toNanos(), setting);
        CURRENT.set(b);
        return b;
    }

    /** Ends the current thread's budget (the request is answered). */
    public static void close() {
        CURRENT.remove();
    }

    public static Budget current() {
        Budget b = CURRENT.get();
        return b == null ? UNLIMITED : b;
    }

    /** Runs work on this thread under a budget taken from another (a worker of a parallel computation). */
    public static void runUnder(Budget budget, Runnable work) {
        Budget before = CURRENT.get();
        CURRENT.set(budget);
        try {
            work.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public boolean limited() {
        return this != UNLIMITED;
    }

    public String id() {
        return id;
    }

    /** Time left (zero when spent or cancelled); a very long time when unlimited. */
    public Duration remaining() {
        if (!limited()) {
            return Duration.ofDays(365);
        }
        if (cancelled != null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** Whether the work should stop now. */
    public boolean spent() {
        return limited() && (cancelled != null || System.nanoTime() - deadline > 0);
    }

    /** Stops the calling work when the budget is spent or the request was called off. */
    public void check() {
        if (!limited()) {
            return;
        }
        String reason = cancelled;
        if (reason != null) {
            throw new BudgetExceededException(reason, true);
        }
        if (System.nanoTime() - deadline > 0) {
            throw exceeded();
        }
    }

    /** The failure that reports this budget as spent. */
    public BudgetExceededException exceeded() {
        String reason = cancelled;
        if (reason != null) {
            return new BudgetExceededException(reason, true);
        }
        return new BudgetExceededException("the request used its time budget of " + seconds(limit) + " (" + setting
                + ") and was stopped; ask for less (fewer aliases, permutations, genes or hops), or send an API key "
                + "for the larger budget of keyed callers", false);
    }

    /** Calls the request off (its client disconnected): every later check fails. */
    public void cancel(String reason) {
        if (limited() && cancelled == null) {
            cancelled = reason;
        }
    }

    public boolean cancelled() {
        return cancelled != null;
    }

    /**
     * Gives this request a longer limit, counted from its start (an analysis that legitimately runs for minutes);
     * a shorter one is ignored.
     */
    public void extendTo(Duration total) {
        if (limited()) {
            deadline = Math.max(deadline, startedAt + total.toNanos());
        }
    }

    /** How to tell that the request's client has gone (set by the web layer). */
    public void disconnectedWhen(BooleanSupplier probe) {
        this.disconnected = probe;
    }

    /** Asks the probe; true (and the budget cancelled) when the client has gone. */
    public boolean probeDisconnected() {
        if (limited() && cancelled == null && disconnected.getAsBoolean()) {
            cancel("the client closed the connection; the request was stopped");
        }
        return cancelled != null;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
