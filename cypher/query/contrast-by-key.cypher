MATCH (c:Contrast) WHERE c.id = $key OR c.name = $key RETURN c {.*} AS contrast LIMIT 1
