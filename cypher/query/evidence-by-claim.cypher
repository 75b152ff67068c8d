// Evidence of claims; retracted publications no longer count as evidence.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[e:SUPPORTED_BY]->(p:Publication)
WHERE NOT coalesce(p.retracted, false)
RETURN id, p {.*} AS publication, e.statement AS statement
ORDER BY p.year, p.id
