MATCH (c:Contrast {id: $id})
UNWIND $rows AS row
MATCH (g:Gene {hgncId: row.hgncId})
CREATE (g)-[m:MEASURED_IN]->(c)
SET m = row.values
