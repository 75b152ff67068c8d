// Replacing a contrast: the old one and its results go in the same transaction as the new one arrives.
MATCH (old:Contrast {name: $name})
DETACH DELETE old
