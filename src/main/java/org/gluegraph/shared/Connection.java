package org.gluegraph.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A Relay connection page; cursors are opaque offsets. */
public record Connection<T>(int totalCount, PageInfo pageInfo, List<Edge<T>> edges) {

    public record PageInfo(boolean hasNextPage, String endCursor, boolean hasPreviousPage, String startCursor) {
    }

    public record Edge<T>(String cursor, T node) {
    }

    public static <S, T> Connection<T> of(Page page, long total, List<S> items, Function<S, T> mapper) {
        List<Edge<T>> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Edge<>(Page.cursor(page.offset() + i), mapper.apply(items.get(i))));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        return new Connection<>((int) total, new PageInfo(page.offset() + items.size() < total, end,
                page.offset() > 0, start), edges);
    }
}
