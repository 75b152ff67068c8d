UNWIND $ids AS id
MATCH (child:Pathway)-[:PART_OF]->(:Pathway {id: id})
RETURN id, child {.*} AS pathway ORDER BY child.name
