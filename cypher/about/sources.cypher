// Per source: the accepted curated claims (index on Claim.status) and each import's record.
CALL () { MATCH (c:Claim) WHERE c.status = 'ACCEPTED' RETURN count(c) AS curated }
CALL () { MATCH (s:ImportSource) WITH s ORDER BY s.name RETURN collect(s {.*}) AS imports }
RETURN curated, imports
