// The live claim (not rejected) with this subject, predicate, object and context, if any.
MATCH (c:Claim {tripleKey: $key}) RETURN c.id AS id
