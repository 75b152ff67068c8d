// What identifies the loaded gene sets: collection names, versions and membership counts.
MATCH (c:Collection) RETURN c.name AS name, c.version AS version, c.memberships AS memberships ORDER BY c.name
