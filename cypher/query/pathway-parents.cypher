UNWIND $ids AS id
MATCH (:Pathway {id: id})-[:PART_OF]->(parent:Pathway)
RETURN id, parent {.*} AS pathway ORDER BY parent.name
