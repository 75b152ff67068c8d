package org.gluegraph.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.springframework.graphql.execution.ErrorType;

/**
 * The depth and cost of an operation, checked before it runs. Depth counts the fields from the root to the deepest
 * one; cost is 1 per field plus what is selected under it, or what the field's {@link FieldCost} says (enrichment,
 * traversals, lists given as arguments). Introspection ({@code __schema}, {@code __type} and what lies under them)
 * counts for neither: graphql-java's good-faith introspection check already bounds it (one {@code __schema}, no
 * repeated {@code __Type.fields}, depth 20, 500 fields), and the standard introspection query of GraphiQL and code
 * generators nests {@code ofType} deeper than any data query needs.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;
    private final Map<String, FieldCost> costs = new HashMap<>();

    QueryLimits(int maxDepth, int maxComplexity, List<FieldCost> costs) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        costs.forEach(c -> this.costs.put(c.coordinates(), c));
    }

    /** The depth and cost of one operation, as measured. */
    record Measure(int depth, long cost) {
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext ctx = parameters.getExecutionContext();
        Measure m = measure(ctx);
        if (m.depth() > maxDepth) {
            throw abort("maximum query depth exceeded " + m.depth() + " > " + maxDepth
                    + " (gluegraph.graphql.max-depth; introspection is not counted)");
        }
        if (m.cost() > maxComplexity) {
            throw abort("maximum query complexity exceeded " + m.cost() + " > " + maxComplexity
                    + " (gluegraph.graphql.max-complexity): each field costs 1, lists by their length, enrichment "
                    + "and traversals by the work they ask for; ask for fewer aliases, smaller lists or fewer hops");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /**
     * Each field's cost is capped at {@link #FIELD_CAP} so that the calculator's int sums cannot overflow (the parser
     * allows 15,000 tokens, so at most ~5,000 fields); the limit is always below the cap, so a capped field still
     * exceeds it. The total is summed here, as a long, over the root fields.
     */
    static final int FIELD_CAP = 400_000;

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
        long c = cost == null ? 1L + child : cost.cost(env.getArguments(), child);
        return Math.max(0, c);
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

    private static AbortExecutionException abort(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message(message).build()));
    }
}
