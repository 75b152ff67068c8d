MATCH (c:Contrast) RETURN c {.*} AS contrast ORDER BY c.createdAt, c.name
