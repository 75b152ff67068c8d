package org.gluegraph.seed;

import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads {@code seed-data/}: each step is one transaction and records the digest of its files, so a second start
 * writes nothing and a changed file is loaded again. Run by {@link GraphStartup} after the schema migrations, before
 * the service answers; steps run in their {@code @Order}.
 */
@Component
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Graph graph;
    private final List<SeedStep> steps;

    public SeedLoader(Graph graph, List<SeedStep> steps, SeedProperties props) {
        this.graph = graph;
        // e.g. gluegraph.seed.skip=curated gives a graph with reference data but no claims (bulk load, tests)
        this.steps = steps.stream().filter(s -> !props.skip().contains(s.name())).toList();
    }

    /** @return the names of the steps that wrote something */
    public List<String> loadAll(SeedSource source) {
        long start = System.nanoTime();
        List<String> written = steps.stream().filter(step -> load(step, source)).map(SeedStep::name).toList();
        log.info(written.isEmpty() ? "Seed data unchanged: nothing written ({} ms)" : "Seed data loaded: {} ({} ms)",
                written.isEmpty() ? (System.nanoTime() - start) / 1_000_000 : written,
                (System.nanoTime() - start) / 1_000_000);
        return written;
    }

    /** Loads one step unless its files are unchanged; a bad file is reported and leaves nothing behind. */
    public boolean load(SeedStep step, SeedSource source) {
        String digest = source.sha256(step.files(source));
        String recorded = graph.readList("seed/seed-file", Map.of("name", step.name()),
                r -> r.get("sha256").asString(null)).stream().findFirst().orElse(null);
        if (digest.equals(recorded)) {
            log.info("Seed {}: unchanged, skipped", step.name());
            return false;
        }
        long start = System.nanoTime();
        SeedStep.Parsed parsed = step.parse(source);
        graph.load(tx -> {
            parsed.write(tx, (what, done, total) -> {
                if (total >= 10_000) {
                    log.info("Seed {}: {} {}/{}", step.name(), what, done, total);
                }
            });
            tx.run(graph.cypher("seed/seed-file-record"), Map.of("name", step.name(), "sha256", digest,
                    "files", step.files(source), "rows", parsed.rows())).consume();
            return null;
        }, step.changes());
        log.info("Seed {}: {} rows from {} in {} ms", step.name(), parsed.rows(), step.files(source),
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }
}
