// One batch of a source's imported edges, deleted (a newer release replaces them within its import transaction).
MATCH ()-[r:IMPORTED]->() WHERE r.source = $source
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
