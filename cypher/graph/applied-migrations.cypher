// Versions of the applied schema migrations (neo4j-migrations keeps one node per applied file).
MATCH (m:__Neo4jMigration) WHERE m.version IS NOT NULL RETURN m.version AS version
