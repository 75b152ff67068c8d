// Approved symbols and drug ids/names of curated claims, resolved to node ids.
MATCH (g:Gene) WHERE g.symbol IN $symbols
RETURN 'Gene' AS type, g.symbol AS name, g.hgncId AS id
UNION ALL
UNWIND $drugs AS drug
MATCH (:DrugKey {key: toLower(drug)})-[:FOR]->(d:Drug)
RETURN 'Drug' AS type, toLower(drug) AS name, d.id AS id
