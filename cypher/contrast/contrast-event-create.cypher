// One creation or replacement of a contrast, kept by the contrast's name (the contrast node itself is replaced).
CREATE (e:ContrastEvent)
SET e = $event
