MATCH (g:Gene {hgncId: $hgncId})-[m:MEASURED_IN]->(c:Contrast)
RETURN g {.*} AS gene, c.id AS contrastId, m {.*} AS result ORDER BY c.createdAt
