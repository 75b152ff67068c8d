// A rejected claim holds no claim key, so its triple can be submitted again (see V0002). Before revisions were
// limited to SUBMITTED and ACCEPTED claims, accepting a revision of a rejected claim gave it a key back.
MATCH (c:Claim) WHERE c.status = 'REJECTED' AND c.tripleKey IS NOT NULL
SET c.tripleKey = null;
