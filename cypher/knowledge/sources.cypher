// The imported sources in the graph and the run of each that readers see (each import records its source).
MATCH (s:ImportSource) WHERE s.activeRun IS NOT NULL
RETURN s.name AS name, s.activeRun AS run ORDER BY name
