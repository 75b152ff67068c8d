// The record of an uploaded collection: owner, version, file, and how many of its genes map to HGNC.
MERGE (c:Collection {name: $name})
SET c += $props
