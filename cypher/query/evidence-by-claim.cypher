UNWIND $ids AS id
MATCH (:Claim {id: id})-[e:SUPPORTED_BY]->(p:Publication)
RETURN id, p {.*} AS publication, e.statement AS statement
ORDER BY p.year, p.id
