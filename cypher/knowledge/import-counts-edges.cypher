// Counting what an import wrote (bench/import/Counts.java checks them against the source's published counts): the
// edges of the source's active run per type (Hetionet: metaedge; DrugCentral: the partner's kind), and how many input
// lines they came from (DrugCentral rows naming several genes give one edge per gene). A full scan: bench only.
MATCH (s:ImportSource {name: $source})
MATCH (a)-[r:IMPORTED]->(b) WHERE r.source = $source AND r.run = s.activeRun
RETURN coalesce(r.metaedge, CASE WHEN b:Gene THEN 'Drug-Gene' ELSE 'Drug-Target' END) AS type, count(r) AS edges,
       count(DISTINCT r.line) AS lines, count(DISTINCT CASE WHEN r.organism = 'Homo sapiens' THEN r.line END) AS humanLines
ORDER BY type
