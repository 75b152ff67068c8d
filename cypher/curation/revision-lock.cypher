// A revision and its claim, both write-locked (see claim-lock).
MATCH (r:Revision {id: $id})-[:REVISES]->(c:Claim)
SET r.lockedAt = $at, c.lockedAt = $at
RETURN r {.*} AS revision, c {.*} AS claim
