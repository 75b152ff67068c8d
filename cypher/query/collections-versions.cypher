MATCH (c:Collection) RETURN c.name AS name, c.version AS version
