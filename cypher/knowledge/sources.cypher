// The imported sources in the graph (each import records its source).
MATCH (s:ImportSource)
RETURN s.name AS name ORDER BY name
