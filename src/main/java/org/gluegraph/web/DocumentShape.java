package org.gluegraph.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.springframework.graphql.execution.ErrorType;

/**
 * The fragments of a parsed document, checked before validation: the validator walks fragment spreads recursively
 * (a chain of 1,200 fragments overflowed its stack, 600 took 13.6 s), so a document with more fragment definitions
 * than allowed, or spreads nested deeper than allowed, or a fragment that spreads itself, is refused here, at a
 * cost linear in the document.
 */
final class DocumentShape {

    private final int maxFragments;
    private final int maxSpreadDepth;

    DocumentShape(int maxFragments, int maxSpreadDepth) {
        this.maxFragments = maxFragments;
        this.maxSpreadDepth = maxSpreadDepth;
    }

    /** The reason to refuse the document, or null. */
    GraphQLError check(Document document) {
        List<FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class);
        if (fragments.size() > maxFragments) {
            return error("the document defines " + fragments.size() + " fragments; at most " + maxFragments
                    + " are allowed (gluegraph.graphql.max-fragments)");
        }
        Map<String, FragmentDefinition> byName = new HashMap<>();
        fragments.forEach(f -> byName.putIfAbsent(f.getName(), f));
        Walk walk = new Walk(byName);
        try {
            int deepest = 0;
            for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
                deepest = Math.max(deepest, walk.depth(op.getSelectionSet()));
            }
            for (FragmentDefinition f : fragments) {
                deepest = Math.max(deepest, walk.fragment(f.getName()));
            }
            if (deepest > maxSpreadDepth) {
                return error("fragment spreads are nested " + deepest + " deep; at most " + maxSpreadDepth
                        + " levels are allowed (gluegraph.graphql.max-fragment-depth)");
            }
        } catch (Cycle c) {
            return error("fragment " + c.name + " spreads itself; fragments must not form a cycle");
        }
        return null;
    }

    private static GraphQLError error(String message) {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
    }

    private static final class Cycle extends RuntimeException {
        final String name;

        Cycle(String name) {
            super(null, null, false, false);
            this.name = name;
        }
    }

    /** Depth of fragment spreads, each fragment's computed once. */
    private static final class Walk {
        private final Map<String, FragmentDefinition> byName;
        private final Map<String, Integer> known = new HashMap<>();
        private final Set<String> open = new HashSet<>();

        Walk(Map<String, FragmentDefinition> byName) {
            this.byName = byName;
        }

        int fragment(String name) {
            Integer d = known.get(name);
            if (d != null) {
                return d;
            }
            FragmentDefinition f = byName.get(name);
            if (f == null) {
                return 0; // an unknown fragment: the validator names it
            }
            if (!open.add(name)) {
                throw new Cycle(name);
            }
            int depth = depth(f.getSelectionSet());
            open.remove(name);
            known.put(name, depth);
            return depth;
        }

        int depth(SelectionSet set) {
            if (set == null) {
                return 0;
            }
            int deepest = 0;
            for (Selection<?> s : set.getSelections()) {
                int d;
                if (s instanceof FragmentSpread spread) {
                    d = 1 + fragment(spread.getName());
                } else if (s instanceof InlineFragment inline) {
                    d = depth(inline.getSelectionSet());
                } else if (s instanceof Field field) {
                    d = depth(field.getSelectionSet());
                } else {
                    d = 0;
                }
                deepest = Math.max(deepest, d);
            }
            return deepest;
        }
    }
}
