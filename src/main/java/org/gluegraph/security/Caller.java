package org.gluegraph.security;

/** Who sends a request: a named key holder, or nobody (no or unknown key). */
public record Caller(String name, Role role) {

    public static final Caller ANONYMOUS = new Caller(null, null);

    /** Where the web layer puts the caller in the GraphQL context, for the mutations to check. */
    public static final String CONTEXT_KEY = "gluegraph.caller";

    public boolean authenticated() {
        return name != null;
    }

    /** @return the caller's name; fails with UNAUTHORIZED or FORBIDDEN */
    public String require(Role needed, String action) {
        if (!authenticated()) {
            throw new AccessDeniedException(false, action + " needs an API key with role " + needed
                    + " or higher, sent as 'Authorization: Bearer <key>'");
        }
        if (!role.atLeast(needed)) {
            throw new AccessDeniedException(true, action + " needs role " + needed + "; the key of '" + name
                    + "' has role " + role);
        }
        return name;
    }
}
