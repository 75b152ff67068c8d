package org.gluegraph.contrast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * gave them (so that errors name the user's files). A dataset is validated before it is kept; its id is a keyed
 * digest of its contents ({@link #id}), so uploading the same files twice gives the same dataset, and nobody can
 * name a dataset they were not given.
 */
@Service
public class DatasetStore {

    private static final int ID_LENGTH = 32;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_LENGTH + "}");
    private static final String DESCRIPTION = "dataset.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,120}");

    private final Path root;

    public DatasetStore(GraphProperties properties) {
        this.root = properties.dataDir().resolve("datasets");
    }

    /**
     * What a client needs to ask for an analysis: sizes and the levels of each factor. {@code roundedCounts}: the
     * counts are estimates (Salmon, kallisto, RSEM) that every analysis of this dataset rounds to integers as
     * DESeqDataSetFromTximport does (halves to even; no transcript-length offsets).
     */
    public record Dataset(String id, String countsFile, String samplesFile, int genes, int samples,
            Map<String, List<String>> factors, boolean roundedCounts) {
    }

    public Dataset store(String countsName, InputStream counts, String samplesName, InputStream samples) {
        return store(countsName, counts, samplesName, samples, false);
    }

    /** @param round the counts are estimates, rounded to integers by every analysis of the dataset */
    public Dataset store(String countsName, InputStream counts, String samplesName, InputStream samples,
            boolean round) {
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
            Dataset checked = describe("pending", c, s, round);
            // the same files uploaded as estimates are another dataset: their analyses read other counts
            String id = id(DifferentialExpression.digest(c, s) + (round ? "+rounded" : ""));
            Dataset dataset = new Dataset(id, cName, sName, checked.genes(), checked.samples(), checked.factors(),
                    round);
            JSON.writeValue(tmp.resolve(DESCRIPTION).toFile(), dataset);
            Path dir = root.resolve(id);
            if (!Files.isDirectory(dir)) {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            }
            return dataset;
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the upload under " + root + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** A stored dataset's description: kept beside its files at upload, so its large files are not read again. */
    public Dataset get(String id) {
        Path dir = dir(id);
        Path kept = dir.resolve(DESCRIPTION);
        if (Files.isRegularFile(kept)) {
            try {
                return JSON.readValue(kept.toFile(), Dataset.class);
            } catch (IOException e) {
                // an unreadable description is made again from the files
            }
        }
        // (a dataset stored before uploads could round has integer counts)
        return describe(id, file(dir, "counts"), file(dir, "samples"), false);
    }

    /**
     * The id of a dataset: an HMAC of its contents' digest under this server's own secret key, so that uploading
     * the same files again gives the same id, but the id cannot be derived from the files' digest (a contrast's
     * public countsSha256) by anyone else: it is known only to whom the uploader gives it.
     */
    private String id(String contentDigest) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(idKey(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(contentDigest.getBytes(StandardCharsets.US_ASCII)))
                    .substring(0, ID_LENGTH);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This server's dataset-id key ({@code datasets/.id-key}), made at the first upload. */
    private synchronized byte[] idKey() throws IOException {
        Path file = root.resolve(".id-key");
        if (!Files.isRegularFile(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path tmp = Files.createTempFile(root, ".id-key-", ".tmp");
            Files.writeString(tmp, HexFormat.of().formatHex(key));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE); // another process may have made it first
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                if (!Files.isRegularFile(file)) {
                    throw e;
                }
            }
        }
        return HexFormat.of().parseHex(Files.readString(file).strip());
    }

    /** The counts and sample sheet of a stored dataset. */
    public Path[] files(String id) {
        Path dir = dir(id);
        return new Path[] {file(dir, "counts"), file(dir, "samples")};
    }

    private Path dir(String id) {
        if (id != null && id.matches("[0-9a-f]{16}")) {
            throw new BadInputException("dataset: '" + id + "' is an id of the old kind (a prefix of the files' "
                    + "public digest, which anyone could guess); upload the files again for an id only you know");
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new BadInputException("dataset: expected a dataset id (" + ID_LENGTH + " hex digits from POST "
                    + "/api/datasets), got '" + id + "'");
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

    private static Dataset describe(String id, Path counts, Path samples, boolean round) {
        CountTable table = CountTableReader.read(counts, round);
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
                table.geneIds().size(), table.sampleIds().size(), levels, round);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
