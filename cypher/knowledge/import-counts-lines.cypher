// The input lines behind a source's edges of its active run, all and Homo sapiens (bench/import/Counts.java: a
// DrugCentral row may give a gene edge and a target edge; it counts once). A full scan: bench only.
MATCH (s:ImportSource {name: $source})
MATCH ()-[r:IMPORTED]->() WHERE r.source = $source AND r.run = s.activeRun
RETURN count(DISTINCT r.line) AS lines, count(DISTINCT CASE WHEN r.organism = 'Homo sapiens' THEN r.line END) AS human
