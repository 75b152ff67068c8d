UNWIND $keys AS key
MATCH (:DrugKey {key: key})-[:FOR]->(d:Drug)
RETURN key, d {.*} AS drug
