// An existing drug found by name gets the DrugBank id an import gives it, if it has none, and the id as a key.
UNWIND $rows AS row
MATCH (d:Drug) WHERE id(d) = row.node
SET d.drugbankId = coalesce(d.drugbankId, row.drugbankId)
MERGE (key:DrugKey {key: row.key})
MERGE (key)-[:FOR]->(d)
