UNWIND $ids AS id
MATCH (:Claim {id: id})-[:HAS_EVENT]->(e:CurationEvent)
RETURN id AS claimId, e {.*} AS event
ORDER BY e.at, e.id
