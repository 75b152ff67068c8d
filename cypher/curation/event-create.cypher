// One curation event on a claim (and on a revision or publication it concerns).
MATCH (c:Claim {id: $claimId})
CREATE (c)-[:HAS_EVENT]->(e:CurationEvent {id: $id, action: $action, actor: $actor, at: $at, comment: $comment,
                                           before: $before, after: $after, revisionId: $revisionId,
                                           publicationId: $publicationId})
