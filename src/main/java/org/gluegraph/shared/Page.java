package org.gluegraph.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code first}/{@code after} of a Relay connection, checked against the configured page-size cap. */
public record Page(int offset, int limit) {

    private static final String PREFIX = "offset:";

    public static Page of(Integer first, String after, int maxPageSize) {
        int limit = first == null ? Math.min(50, maxPageSize) : first;
        if (limit < 0 || limit > maxPageSize) {
            throw new BadInputException("first: expected 0 to " + maxPageSize + ", got " + limit);
        }
        return new Page(after == null || after.isEmpty() ? 0 : decode(after) + 1, limit);
    }

    static String cursor(int offset) {
        return Base64.getEncoder().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String s = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(PREFIX)) {
                int offset = Integer.parseInt(s.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadInputException("after: '" + cursor + "' is not a cursor this service issued (use pageInfo.endCursor)");
    }
}
