// Drugs by look-up key (lower-cased name, synonym, DrugBank or ChEMBL id): one unique-index seek per key.
UNWIND $keys AS key
MATCH (:DrugKey {key: key})-[:FOR]->(d:Drug)
RETURN key, id(d) AS node, d.id AS id, d.drugbankId AS drugbankId
ORDER BY key, d.id
