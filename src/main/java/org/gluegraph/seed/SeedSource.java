package org.gluegraph.seed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Seed files read from the classpath ({@code seed-data/} is packed into the jar) or from a folder. */
public interface SeedSource {

    byte[] bytes(String path);

    default TsvFile tsv(String path) {
        return TsvFile.read(path, new ByteArrayInputStream(bytes(path)));
    }

    /** The file with only these columns read (each must be in the header), for wide files such as HGNC's. */
    default TsvFile tsv(String path, String... columns) {
        return TsvFile.read(path, new ByteArrayInputStream(bytes(path)), new java.util.LinkedHashSet<>(List.of(columns)));
    }

    default InputStream open(String path) {
        return new ByteArrayInputStream(bytes(path));
    }

    default String sha256(List<String> paths) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : paths) {
                md.update(p.getBytes());
                md.update(bytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static SeedSource classpath(String root) {
        return path -> {
            String resource = root + "/" + path;
            try (InputStream in = SeedSource.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SeedFormatException(resource, 0, null, "seed file not found on the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        };
    }

    static SeedSource folder(java.nio.file.Path dir) {
        return path -> {
            java.nio.file.Path file = dir.resolve(path);
            try {
                return java.nio.file.Files.readAllBytes(file);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new SeedFormatException(file.toString(), 0, null, "file not found");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        };
    }
}
