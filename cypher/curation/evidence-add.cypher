// Publications (created when new) supporting a claim, each with the statement it supports.
MATCH (c:Claim {id: $claimId})
UNWIND $evidence AS ev
MERGE (p:Publication {id: ev.publicationId})
ON CREATE SET p.pmid = ev.pmid, p.doi = ev.doi, p.doiKey = toLower(ev.doi), p.retracted = false
MERGE (c)-[e:SUPPORTED_BY]->(p)
ON CREATE SET e.statement = ev.statement
