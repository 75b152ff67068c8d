// One batch of a source's imported edges of runs other than the one to keep: the release a newer one replaced (no
// longer read once the newer run is active), or what an import that died half-way left (never read).
MATCH ()-[r:IMPORTED]->() WHERE r.source = $source AND r.run <> $keep
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
