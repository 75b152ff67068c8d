// The record of an import: the digest that makes a second import of the same files a no-op, and its counts.
MERGE (s:ImportSource {name: $name})
SET s = $props, s.name = $name
