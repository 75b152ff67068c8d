// A researcher's collection replaced by a new upload: its gene sets and their memberships go first.
MATCH (p:Pathway {collection: $name})
DETACH DELETE p
RETURN count(p) AS deleted
