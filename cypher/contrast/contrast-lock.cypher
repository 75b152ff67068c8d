// The contrast of this name, write-locked so that concurrent replacements queue and each sees its predecessor's
// owner (nothing: the name is new).
MATCH (c:Contrast {name: $name})
SET c.lockedAt = $at
RETURN c {.id, .owner, .seeded} AS contrast
