// The comparison of bench/import: the same edges sent as batched UNWIND ... MERGE over Bolt, each batch its own
// transaction, endpoints found by their keys (HGNC genes by Entrez id, drugs by DrugBank key, entities by key).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Gene {entrezId: row.a}) WHERE row.aKind = 'Gene' RETURN a
  UNION
  MATCH (:DrugKey {key: row.a})-[:FOR]->(a:Drug) WHERE row.aKind = 'Drug' RETURN a
  UNION
  MATCH (a:Entity {key: row.a}) WHERE row.aKind = 'Entity' RETURN a
}
CALL (row) {
  MATCH (b:Gene {entrezId: row.b}) WHERE row.bKind = 'Gene' RETURN b
  UNION
  MATCH (:DrugKey {key: row.b})-[:FOR]->(b:Drug) WHERE row.bKind = 'Drug' RETURN b
  UNION
  MATCH (b:Entity {key: row.b}) WHERE row.bKind = 'Entity' RETURN b
}
MERGE (a)-[r:IMPORTED {source: $source, metaedge: $metaedge}]->(b)
ON CREATE SET r.sourceVersion = $version, r.licence = $licence, r.predicate = $predicate, r.sign = $sign,
    r.run = $run
