// A batch of imported edges whose properties differ per edge (DrugCentral's activities): source, release and licence
// and the import's run are set on each.
UNWIND $rows AS row
MATCH (a) WHERE id(a) = row.a
MATCH (b) WHERE id(b) = row.b
CREATE (a)-[e:IMPORTED]->(b)
SET e = row.props, e.source = $source, e.sourceVersion = $version, e.licence = $licence, e.run = $run
