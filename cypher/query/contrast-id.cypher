MATCH (c:Contrast) WHERE c.id = $key OR c.name = $key
RETURN c.id AS id LIMIT 1
