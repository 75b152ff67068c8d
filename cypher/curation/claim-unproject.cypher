// Removes a claim's traversal edges while its ends are still the old ones (its edges hang off its SUBJECT), so
// that a revision that changes the subject or object leaves no edge through a node the claim no longer names.
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s)
MATCH (s)-[old]->()
WHERE old.claimId = c.id
DELETE old
