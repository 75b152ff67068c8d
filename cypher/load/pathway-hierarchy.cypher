// Reactome's parent/child links between pathways that have members (both ends must exist).
UNWIND $rows AS row
MATCH (child:Pathway {id: row.child}), (parent:Pathway {id: row.parent})
MERGE (child)-[:PART_OF]->(parent)
