// Marks a publication retracted; returns the claims it supports and whether each keeps other evidence.
MATCH (p:Publication {id: $id})
SET p.retracted = true, p.retractedAt = $at, p.retractionComment = $comment
WITH p
OPTIONAL MATCH (c:Claim)-[:SUPPORTED_BY]->(p)
WITH p, c
RETURN p {.*} AS publication,
       collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, status: c.status,
         others: EXISTS { (c)-[:SUPPORTED_BY]->(q:Publication) WHERE q <> p AND NOT coalesce(q.retracted, false) }} END) AS claims
