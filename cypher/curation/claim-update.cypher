// New values for a claim (a null removes the property) and the next version.
MATCH (c:Claim {id: $id})
SET c += $props, c.version = c.version + 1
RETURN c {.*} AS claim
