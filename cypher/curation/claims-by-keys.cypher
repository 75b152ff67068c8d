// Live claims holding any of these claim keys (index-backed: constraint claim_triple_key).
UNWIND $keys AS key
MATCH (c:Claim {tripleKey: key})
RETURN key, c.id AS id
