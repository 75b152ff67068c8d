UNWIND $ids AS id MATCH (c:Contrast {id: id}) RETURN c {.*} AS contrast
