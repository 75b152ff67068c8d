// The owner of the contrast of this name, read before an analysis starts (the write checks again, locked).
MATCH (c:Contrast {name: $name})
RETURN c {.id, .owner, .seeded} AS contrast
