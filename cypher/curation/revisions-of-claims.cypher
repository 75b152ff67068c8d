UNWIND $ids AS id
MATCH (r:Revision)-[:REVISES]->(:Claim {id: id})
RETURN id AS claimId, r {.*} AS revision
ORDER BY r.createdAt, r.id
