// What was last imported from a source (its digest, release and counts), or nothing.
MATCH (s:ImportSource {name: $name})
RETURN s {.*} AS record
