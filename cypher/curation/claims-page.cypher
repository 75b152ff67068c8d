// The review queue and the catalogue of claims, oldest id first.
MATCH (c:Claim) WHERE $status IS NULL OR c.status = $status
WITH c ORDER BY c.id
WITH collect(c {.*}) AS items
RETURN size(items) AS total, items[$offset..$offset + $limit] AS claims
