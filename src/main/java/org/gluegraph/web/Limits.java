package org.gluegraph.web;

import org.gluegraph.shared.Page;
import org.springframework.stereotype.Component;

/** The configured caps, applied to every connection argument and traversal. */
@Component
public class Limits {

    private final int maxPageSize;
    private final int maxHops;

    public Limits(GraphQlProperties props) {
        this.maxPageSize = props.maxPageSize();
        this.maxHops = Math.min(props.maxHops(), 8);
    }

    public Page page(Integer first, String after) {
        return Page.of(first, after, maxPageSize);
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    /** The longest path a traversal may follow (capped at 8 whatever the configuration says). */
    public int maxHops() {
        return maxHops;
    }
}
