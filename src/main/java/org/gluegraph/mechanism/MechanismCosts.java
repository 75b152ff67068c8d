package org.gluegraph.mechanism;

import org.gluegraph.web.FieldCost;
import org.gluegraph.web.Limits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the traversals cost before they run: paths multiply with each hop (about three branches a hop in the curated
 * graph), so 2 x 3^(hops - 1); {@code mechanism}'s selection counts once per 20 paths expected, {@code graphView}'s
 * once per 10. Hops outside 1..max-hops cost as one hop: the field refuses them, with its own message.
 */
@Configuration(proxyBeanMethods = false)
class MechanismCosts {

    static long hops(Object value, long otherwise, int maxHops) {
        long h = FieldCost.inRange(value instanceof Number n ? n.longValue() : otherwise, 1, maxHops);
        return 2 * (long) Math.pow(3, h - 1);
    }

    @Bean
    FieldCost mechanismCost(Limits limits) {
        return FieldCost.of("Query.mechanism", (args, child) -> hops(args.get("maxHops"), 4, limits.maxHops())
                + (args.get("contrast") != null ? 5 : 0) + 20 * Math.max(1, child));
    }

    @Bean
    FieldCost graphViewCost(Limits limits) {
        return FieldCost.of("Query.graphView", (args, child) -> {
            var in = FieldCost.input(args, "input");
            return hops(in.get("maxHops"), 3, limits.maxHops()) + FieldCost.length(in, "genes") / 10
                    + (in.get("contrast") != null ? 5 : 0) + 10 * Math.max(1, child);
        });
    }
}
