package org.gluegraph.contrast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gluegraph.expression.DifferentialExpression;
import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.CountTableReader;
import org.gluegraph.expression.io.InputFileException;
import org.gluegraph.expression.io.SampleSheet;
import org.gluegraph.expression.io.SampleSheetReader;
import org.gluegraph.graph.GraphProperties;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Uploaded count matrices and sample sheets, kept under {@code <data-dir>/datasets/<id>/} with the names the user
 * gave them (so that errors name the user's files). A dataset is validated before it is kept; its id is a digest
 * of its contents, so uploading the same files twice gives the same dataset.
 */
@Service
public class DatasetStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,120}");

    private final Path root;

    public DatasetStore(GraphProperties properties) {
        this.root = properties.dataDir().resolve("datasets");
    }

    /** What a client needs to ask for an analysis: sizes and the levels of each factor. */
    public record Dataset(String id, String countsFile, String samplesFile, int genes, int samples,
            Map<String, List<String>> factors) {
    }

    public Dataset store(String countsName, InputStream counts, String samplesName, InputStream samples) {
        String cName = fileName("counts", countsName);
        String sName = fileName("samples", samplesName);
        if (cName.equals(sName)) {
            throw new BadInputException("counts and samples: the two files must have different names");
        }
        Path tmp = null;
        try {
            Files.createDirectories(root);
            tmp = Files.createTempDirectory(root, ".upload-");
            Path c = tmp.resolve(cName);
            Path s = tmp.resolve(sName);
            Files.copy(counts, c);
            Files.copy(samples, s);
            Dataset checked = describe("pending", c, s);
            String id = DifferentialExpression.digest(c, s).substring(0, 16);
            Path dir = root.resolve(id);
            if (!Files.isDirectory(dir)) {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            }
            return new Dataset(id, cName, sName, checked.genes(), checked.samples(), checked.factors());
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the upload under " + root + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    public Dataset get(String id) {
        Path dir = dir(id);
        return describe(id, file(dir, "counts"), file(dir, "samples"));
    }

    /** The counts and sample sheet of a stored dataset. */
    public Path[] files(String id) {
        Path dir = dir(id);
        return new Path[] {file(dir, "counts"), file(dir, "samples")};
    }

    private Path dir(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new BadInputException("dataset: expected a dataset id (16 hex digits from POST /api/datasets), got '"
                    + id + "'");
        }
        Path dir = root.resolve(id);
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException("dataset '" + id + "' does not exist; upload it with POST /api/datasets");
        }
        return dir;
    }

    /** Files are stored as counts-* and samples-* so each is found again without an index. */
    private static String fileName(String part, String given) {
        // the last path segment, by string: a name with a NUL or other bytes no path allows is the client's error
        String unified = given == null ? "" : given.replace('\\', '/');
        String base = unified.substring(unified.lastIndexOf('/') + 1);
        if (base.isEmpty()) {
            base = part + ".tsv";
        }
        if (!SAFE_NAME.matcher(base).matches()) {
            throw new BadInputException(part + ": the file name '" + BadInputException.printable(given) + "' has characters other than "
                    + "letters, digits, '.', '_' and '-' (or is longer than 121 characters); rename the file");
        }
        return part + "-" + base;
    }

    private static Path file(Path dir, String part) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(part + "-")).findFirst()
                    .orElseThrow(() -> new NotFoundException("dataset " + dir.getFileName() + " has no " + part + " file"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dataset describe(String id, Path counts, Path samples) {
        CountTable table = CountTableReader.read(counts);
        SampleSheet sheet = SampleSheetReader.read(samples);
        TreeSet<String> missing = new TreeSet<>(table.sampleIds());
        missing.removeAll(sheet.sampleIds());
        if (!missing.isEmpty()) {
            throw new InputFileException(samples.getFileName() + ": no row for sample(s) " + missing
                    + " of " + counts.getFileName());
        }
        Map<String, List<String>> levels = new LinkedHashMap<>();
        sheet.factors().forEach((f, values) -> levels.put(f, List.copyOf(new TreeSet<>(values))));
        return new Dataset(id, counts.getFileName().toString(), samples.getFileName().toString(),
                table.geneIds().size(), table.sampleIds().size(), levels);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
