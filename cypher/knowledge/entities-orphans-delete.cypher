// Entities of a source that its new release no longer has and that no edge uses any more.
MATCH (e:Entity {source: $source})
WHERE NOT e.key IN $keys AND NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS deleted
