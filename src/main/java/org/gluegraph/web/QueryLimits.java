package org.gluegraph.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.gluegraph.security.Caller;
import org.gluegraph.shared.Budget;
import org.gluegraph.shared.TryLaterException;
import org.springframework.graphql.execution.ErrorType;

/**
 * The depth and cost of an operation, checked before it runs, and the bound on expensive operations running at
 * once. Depth counts the fields from the root to the deepest one; cost is 1 per field plus what is selected under
 * it, a connection's selection once per ten items of {@code first}, or what the field's {@link FieldCost} says
 * (enrichment, traversals, lists given as arguments). Callers without a key have the smaller anonymous limit.
 * Introspection ({@code __schema}, {@code __type} and what lies under them) counts for neither: graphql-java's
 * good-faith introspection check already bounds it (one {@code __schema}, no repeated {@code __Type.fields},
 * depth 20, 500 fields), and the standard introspection query of GraphiQL and code generators nests
 * {@code ofType} deeper than any data query needs.
 *
 * <p>An operation that costs at least {@code gluegraph.graphql.expensive-cost} needs a permit: at most
 * {@code max-concurrent-expensive} run at once, anonymous ones at most {@code anonymous.max-concurrent-expensive}
 * of those; one that waits longer than {@code queue-wait} for its permit is refused with the retryable TRY_LATER.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    /**
     * Each field's cost is capped here so that the calculator's int sums cannot overflow (the parser allows 15,000
     * tokens, so at most ~5,000 fields); the limit is always below the cap, so a capped field still exceeds it. The
     * total is summed here, as a long, over the root fields.
     */
    static final int FIELD_CAP = 400_000;

    private final GraphQlProperties props;
    private final int maxPageSize;
    private final Map<String, FieldCost> costs = new HashMap<>();
    private final Semaphore expensive;
    private final Semaphore anonymousExpensive;

    QueryLimits(GraphQlProperties props, List<FieldCost> costs) {
        this.props = props;
        this.maxPageSize = props.maxPageSize();
        costs.forEach(c -> this.costs.put(c.coordinates(), c));
        this.expensive = new Semaphore(props.maxConcurrentExpensive(), true);
        this.anonymousExpensive = new Semaphore(Math.min(props.anonymous().maxConcurrentExpensive(),
                props.maxConcurrentExpensive()), true);
    }

    /** The depth and cost of one operation, as measured. */
    record Measure(int depth, long cost) {
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext ctx = parameters.getExecutionContext();
        Caller caller = ctx.getGraphQLContext().getOrDefault(Caller.CONTEXT_KEY, Caller.ANONYMOUS);
        boolean anonymous = !caller.authenticated();
        int maxComplexity = anonymous ? props.anonymous().maxComplexity() : props.maxComplexity();
        Measure m = measure(ctx);
        if (m.depth() > props.maxDepth()) {
            throw abort(ErrorType.BAD_REQUEST, "maximum query depth exceeded " + m.depth() + " > " + props.maxDepth()
                    + " (gluegraph.graphql.max-depth; introspection is not counted)");
        }
        if (m.cost() > maxComplexity) {
            throw abort(ErrorType.BAD_REQUEST, "maximum query complexity exceeded " + m.cost() + " > " + maxComplexity
                    + (anonymous ? " (gluegraph.graphql.anonymous.max-complexity; keyed callers may ask for "
                    + props.maxComplexity() + ")" : " (gluegraph.graphql.max-complexity)")
                    + ": each field costs 1, lists by their length, enrichment and traversals by the work they ask "
                    + "for; ask for fewer aliases, smaller lists, fewer permutations or fewer hops");
        }
        if (m.cost() < props.expensiveCost()) {
            return super.beginExecuteOperation(parameters, state);
        }
        Runnable release = acquire(anonymous);
        return SimpleInstrumentationContext.whenCompleted((result, error) -> release.run());
    }

    /** A permit for an expensive operation, or TRY_LATER; returns how to give it back. */
    Runnable acquire(boolean anonymous) {
        Duration wait = props.queueWait();
        Duration left = Budget.current().remaining();
        if (left.compareTo(wait) < 0) {
            wait = left;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (anonymous && !anonymousExpensive.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(true);
            }
            if (!expensive.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                if (anonymous) {
                    anonymousExpensive.release();
                }
                throw busy(anonymous);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(anonymous);
        }
        return () -> {
            expensive.release();
            if (anonymous) {
                anonymousExpensive.release();
            }
        };
    }

    private AbortExecutionException busy(boolean anonymous) {
        ErrorClassifier.Classified c = ErrorClassifier.classify(new TryLaterException("as many expensive "
                + "operations run now as this server allows" + (anonymous ? " for callers without a key" : "")
                + " (gluegraph.graphql." + (anonymous ? "anonymous." : "") + "max-concurrent-expensive); try again "
                + "in a few seconds", Duration.ofSeconds(2)));
        return new AbortExecutionException(List.of(error(c)));
    }

    static GraphQLError error(ErrorClassifier.Classified c) {
        return GraphqlErrorBuilder.newError().errorType(c.type()).message(c.message()).extensions(c.extensions())
                .build();
    }

    Measure measure(ExecutionContext ctx) {
        int[] depth = {0};
        long[] total = {0};
        QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator((env, child) -> {
                    if (env.getField().getName().startsWith("__")) {
                        return 0;
                    }
                    depth[0] = Math.max(depth[0], depth(env));
                    int c = (int) Math.min(FIELD_CAP, cost(env, child));
                    if (env.getParentEnvironment() == null) {
                        total[0] += c;
                    }
                    return c;
                })
                .schema(ctx.getGraphQLSchema())
                .document(ctx.getDocument())
                .operationName(ctx.getExecutionInput().getOperationName())
                .variables(ctx.getCoercedVariables())
                .build()
                .calculate();
        return new Measure(depth[0], total[0]);
    }

    private long cost(FieldComplexityEnvironment env, int child) {
        String type = env.getParentType().getName();
        FieldCost cost = costs.get(type + "." + env.getField().getName());
        long c;
        if (cost != null) {
            c = cost.cost(env.getArguments(), child);
        } else if (env.getArguments().get("first") instanceof Number first) {
            // a connection: its selection once per ten items asked for
            c = 1L + (FieldCost.inRange(first.longValue(), 0, maxPageSize) + 9) / 10 * Math.max(1, child);
        } else {
            c = 1L + child;
        }
        return Math.max(0, Math.min(FIELD_CAP, c));
    }

    /** Fields from the root to this one; 0 for what lies under introspection. */
    private static int depth(FieldComplexityEnvironment env) {
        int d = 0;
        for (FieldComplexityEnvironment e = env; e != null; e = e.getParentEnvironment()) {
            if (e.getField().getName().startsWith("__")) {
                return 0;
            }
            d++;
        }
        return d;
    }

    private static AbortExecutionException abort(ErrorType type, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(type)
                .message(message).build()));
    }
}
