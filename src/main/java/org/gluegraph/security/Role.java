package org.gluegraph.security;

/** What a key may do; each role includes the ones before it. */
public enum Role {
    READER, CURATOR, EDITOR, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
