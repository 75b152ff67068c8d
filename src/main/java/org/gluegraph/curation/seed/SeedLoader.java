package org.gluegraph.curation.seed;

import java.util.List;
import java.util.Map;

import org.gluegraph.graph.GeneResolver;
import org.gluegraph.graph.Graph;
import org.gluegraph.graph.GraphSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads {@code seed-data/} when the service starts, before it answers queries. Each step is one transaction
 * and records the digest of its files, so a second start writes nothing and a changed file is loaded again.
 */
@Component
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Graph graph;
    private final List<SeedStep> steps;
    private final GeneResolver resolver;

    public SeedLoader(Graph graph, GraphSchema schema, List<SeedStep> steps, GeneResolver resolver,
                      @Value("${gluegraph.seed.enabled:true}") boolean enabled,
                      @Value("${gluegraph.seed.skip:}") List<String> skip) {
        this.graph = graph;
        this.resolver = resolver;
        // e.g. gluegraph.seed.skip=curated gives a graph with reference data but no claims (bulk load, tests)
        this.steps = steps.stream().filter(s -> !skip.contains(s.name())).toList();
        if (enabled) {
            loadAll(SeedSource.classpath("seed-data"));
        }
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
        String recorded = graph.read(tx -> tx.run(graph.cypher("query/seed-file"), Map.of("name", step.name()))
                .list(r -> r.get("sha256").asString(null)).stream().findFirst().orElse(null));
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
            tx.run(graph.cypher("write/seed-file"), Map.of("name", step.name(), "sha256", digest,
                    "files", step.files(source), "rows", parsed.rows())).consume();
            return null;
        });
        if (step.changesGenes()) {
            resolver.genesChanged();
        }
        log.info("Seed {}: {} rows from {} in {} ms", step.name(), parsed.rows(), step.files(source),
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }
}
