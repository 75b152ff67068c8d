package org.gluegraph.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.gluegraph.seed.SeedFormatException;

/**
 * An import file read line by line (gzip when its name ends in .gz), strictly UTF-8, with the SHA-256 of its bytes
 * as stored: the digest recorded with an import, so that the same file given again is recognised.
 */
final class InputFile implements AutoCloseable {

    private final String name;
    private final DigestInputStream digest;
    private final BufferedReader reader;
    private long line;

    private InputFile(String name, DigestInputStream digest, BufferedReader reader) {
        this.name = name;
        this.digest = digest;
        this.reader = reader;
    }

    static InputFile open(Path path) {
        String name = path.toString();
        try {
            InputStream raw = Files.newInputStream(path);
            DigestInputStream d = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"));
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(d, 1 << 16) : d;
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputFile(name, d, new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
        } catch (NoSuchFileException e) {
            throw new SeedFormatException(name, 0, null, "file not found");
        } catch (ZipException e) {
            throw new SeedFormatException(name, 0, null, "not a gzip file (" + e.getMessage() + ")");
        } catch (java.io.EOFException e) {
            throw new SeedFormatException(name, 0, null, "empty or truncated gzip file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    /** The line number of the line last read (1 for the header). */
    long line() {
        return line;
    }

    /** The next line without its line end (a CR before it is dropped too), or null at the end. */
    String next() {
        try {
            String l = reader.readLine();
            if (l != null) {
                line++;
                if (!l.isEmpty() && l.charAt(l.length() - 1) == '\r') {
                    l = l.substring(0, l.length() - 1);
                }
            }
            return l;
        } catch (CharacterCodingException e) {
            throw error(null, "not UTF-8 text");
        } catch (ZipException | java.io.EOFException e) {
            throw error(null, "the gzip data are damaged or truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " at line " + (line + 1), e);
        }
    }

    /** The SHA-256 of the file's bytes; call after reading it to the end. */
    String sha256() {
        try {
            // drain what the decompressor left unread (a gzip trailer), so the digest covers the whole file
            byte[] buf = new byte[8192];
            while (digest.read(buf) >= 0) {
                // counted by the digest
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }

    SeedFormatException error(String field, String problem) {
        return new SeedFormatException(name, line, field, problem);
    }

    /** Splits on tabs, keeping empty fields. */
    static String[] fields(String line, int expected) {
        String[] out = new String[expected];
        int start = 0;
        int n = 0;
        while (n < expected) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                out[n++] = line.substring(start);
                return n == expected ? out : java.util.Arrays.copyOf(out, n);
            }
            out[n++] = line.substring(start, tab);
            start = tab + 1;
        }
        return null; // more fields than expected
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read-only
        }
    }
}
