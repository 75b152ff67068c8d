package org.gluegraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The configured API keys: {@code gluegraph.security.api-keys=key:name:ROLE,...} and/or a file of such entries,
 * one per line ({@code gluegraph.security.api-keys-file}, # comments). Keys are kept only as SHA-256 digests and
 * compared in constant time. A malformed entry stops the start with a message naming it (never the key).
 */
@Component
public class ApiKeys {

    private record Entry(byte[] digest, Caller caller) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean requireKeyForReads;

    public ApiKeys(SecurityProperties props) {
        this.requireKeyForReads = props.requireKeyForReads();
        String keys = props.apiKeys();
        String file = props.apiKeysFile();
        int n = 0;
        for (String e : keys.split(",")) {
            n++;
            if (!e.isBlank()) {
                add(e.strip(), "gluegraph.security.api-keys entry " + n);
            }
        }
        if (!file.isBlank()) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i).strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        add(l, file + " line " + (i + 1));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("gluegraph.security.api-keys-file: cannot read " + file + ": " + e);
            }
        }
    }

    private void add(String entry, String where) {
        String[] f = entry.split(":", -1);
        if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
            throw new IllegalStateException(where + ": expected key:name:ROLE (role READER, CURATOR, EDITOR or ADMIN)");
        }
        if (f[0].length() < 8) {
            throw new IllegalStateException(where + ": the key of '" + f[1] + "' is shorter than 8 characters");
        }
        Role role;
        try {
            role = Role.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown role '" + f[2] + "'; expected READER, CURATOR, EDITOR or ADMIN");
        }
        entries.add(new Entry(digest(f[0]), new Caller(f[1].strip(), role)));
    }

    /** The caller for an Authorization header value; unknown keys and other schemes give ANONYMOUS. */
    public Caller caller(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Caller.ANONYMOUS;
        }
        byte[] d = digest(authorization.substring(7).strip());
        Caller found = Caller.ANONYMOUS;
        for (Entry e : entries) {
            // every entry is compared, in constant time, so the timing says nothing about which one matched
            if (MessageDigest.isEqual(d, e.digest())) {
                found = e.caller();
            }
        }
        return found;
    }

    public boolean requireKeyForReads() {
        return requireKeyForReads;
    }

    public boolean sentButUnknown(String authorization) {
        return authorization != null && !authorization.isBlank() && !caller(authorization).authenticated();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
