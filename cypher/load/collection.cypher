MERGE (c:Collection {name: $name})
SET c.version = $version, c.sets = $sets, c.memberships = $memberships, c.unmapped = $unmapped,
    c.ambiguous = $ambiguous, c.unmappedSample = $unmappedSample
