// Takes the claim's write lock before reading it, so concurrent changes to one claim queue up and each sees
// the version the previous one committed (no lost update).
MATCH (c:Claim {id: $id})
SET c.lockedAt = $at
RETURN c {.*} AS claim
