MATCH (k:GeneKey)-[f:FOR]->(g:Gene) RETURN k.key AS key, f.kind AS kind, g.hgncId AS hgncId
