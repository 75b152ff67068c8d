MERGE (s:SeedFile {name: $name})
SET s.sha256 = $sha256, s.files = $files, s.rows = $rows, s.loadedAt = toString(datetime())
