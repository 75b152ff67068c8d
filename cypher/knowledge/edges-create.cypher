// A batch of imported edges of one type between known nodes (node ids resolved beforehand): every edge carries its
// source, release and licence, and the import's run (read once the run is the source's active one); never a Claim.
UNWIND $rows AS row
MATCH (a) WHERE id(a) = row[0]
MATCH (b) WHERE id(b) = row[1]
CREATE (a)-[:IMPORTED {source: $source, sourceVersion: $version, licence: $licence, predicate: $predicate,
                       sign: $sign, metaedge: $metaedge, run: $run}]->(b)
