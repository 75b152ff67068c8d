// What a curated edge shows of its claim besides the edge itself.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id, c.level AS level, c.context AS context, c.status AS status
