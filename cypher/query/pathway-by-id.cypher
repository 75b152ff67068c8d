UNWIND $ids AS id
MATCH (p:Pathway {id: id})
RETURN p {.*} AS pathway
