UNWIND $rows AS row
MERGE (d:Drug {id: row.id})
SET d.name = row.name, d.synonyms = row.synonyms, d.chemblId = row.chemblId, d.drugbankId = row.drugbankId
WITH d, row
UNWIND row.keys AS k
MERGE (key:DrugKey {key: k})
MERGE (key)-[:FOR]->(d)
