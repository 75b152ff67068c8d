MATCH (c:Claim {id: $claimId})
CREATE (r:Revision {id: $id, status: 'PENDING', proposed: $proposed, comment: $comment, author: $actor,
                    baseVersion: $baseVersion, createdAt: $at})-[:REVISES]->(c)
RETURN r {.*} AS revision
