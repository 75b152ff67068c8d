MATCH (s:SeedFile {name: $name}) RETURN s.sha256 AS sha256
