// Every pathway with its member genes (HGNC ids), for the in-memory gene-set snapshot.
MATCH (p:Pathway)
OPTIONAL MATCH (g:Gene)-[:MEMBER_OF]->(p)
WITH p, collect(g.hgncId) AS members
WHERE size(members) > 0
RETURN p.id AS id, p.name AS name, p.collection AS collection, members
ORDER BY p.collection, p.id
