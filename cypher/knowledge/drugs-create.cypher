// Drugs an import names that the graph does not have yet, with their look-up keys; the source says who made them.
UNWIND $rows AS row
CREATE (d:Drug {id: row.id, name: row.name, synonyms: [], drugbankId: row.drugbankId,
                  source: $source})
WITH d, row
CALL (d, row) {
  UNWIND row.keys AS k
  MERGE (key:DrugKey {key: k})
  MERGE (key)-[:FOR]->(d)
}
RETURN row.id AS id, id(d) AS node
