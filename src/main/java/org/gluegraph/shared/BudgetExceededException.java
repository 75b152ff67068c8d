package org.gluegraph.shared;

/**
 * The request's time budget is spent, or its client has gone ({@link Budget}): the work stopped. Not retryable as
 * such: the same request would be stopped again.
 */
public class BudgetExceededException extends RuntimeException {

    private final boolean cancelled;

    public BudgetExceededException(String message, boolean cancelled) {
        super(message, null, false, false);
        this.cancelled = cancelled;
    }

    /** True when the request was called off (its client disconnected) rather than out of time. */
    public boolean cancelled() {
        return cancelled;
    }
}
