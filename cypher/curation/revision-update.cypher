MATCH (r:Revision {id: $id})
SET r.status = $status, r.decidedBy = $actor, r.decidedAt = $at, r.decisionComment = $comment
RETURN r {.*} AS revision
