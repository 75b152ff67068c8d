package org.gluegraph.contrast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gluegraph.expression.DeAnalysis;
import org.gluegraph.expression.DifferentialExpression;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.ProgressListener;
import org.gluegraph.seed.SeedSource;
import org.gluegraph.seed.SeedStep;
import org.gluegraph.seed.TsvFile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demonstration studies of {@code seed-data/expression/studies.tsv} (SYNTHETIC counts, see its README): each
 * is analysed with the DESeq2 engine and attached as a contrast at first start, so that a new user sees observed
 * expression on the lenalidomide mechanism and resistance genes at once. Re-run only when the files change.
 */
@Component
@Order(50)
public class ExpressionSeed implements SeedStep {

    private static final String INDEX = "expression/studies.tsv";
    private static final List<String> COLUMNS =
            List.of("name", "counts", "samples", "design", "factor", "numerator", "denominator");

    private final ContrastWriter writer;

    public ExpressionSeed(ContrastWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return "expression";
    }

    @Override
    public List<String> files() {
        return List.of(INDEX);
    }

    @Override
    public List<String> files(SeedSource source) {
        List<String> all = new ArrayList<>(files());
        for (TsvFile.Row row : index(source)) {
            all.add("expression/" + row.required("counts"));
            all.add("expression/" + row.required("samples"));
        }
        return all;
    }

    private static List<TsvFile.Row> index(SeedSource source) {
        return source.tsv(INDEX).require(COLUMNS.toArray(String[]::new)).rows();
    }

    @Override
    public Parsed parse(SeedSource source) {
        List<ContrastWriter.Prepared> prepared = new ArrayList<>();
        for (TsvFile.Row row : index(source)) {
            Path dir = null;
            try {
                // the readers take files; the seed data may sit inside the jar
                dir = Files.createTempDirectory("gluegraph-study-");
                Path counts = dir.resolve(row.required("counts"));
                Path samples = dir.resolve(row.required("samples"));
                Files.write(counts, source.bytes("expression/" + row.required("counts")));
                Files.write(samples, source.bytes("expression/" + row.required("samples")));
                ContrastSpec contrast = new ContrastSpec(row.get("factor"), row.get("numerator"),
                        row.get("denominator"));
                // the samples' PCA (VST, blind) is computed with the contrast and stored with it
                var run = DifferentialExpression.run(row.get("name"), counts, samples,
                        DeAnalysis.of(row.get("design"), contrast), DeseqOptions.defaults().threads(),
                        ProgressListener.NONE);
                prepared.add(writer.prepare(run.request()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(dir);
            }
        }
        return new Parsed() {
            @Override
            public int rows() {
                return prepared.size();
            }

            @Override
            public void write(org.neo4j.driver.TransactionContext tx, Progress progress) {
                for (ContrastWriter.Prepared p : prepared) {
                    writer.write(tx, p, ContrastWriter.Author.SEED);
                }
            }
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // temporary copies only
        }
    }
}
