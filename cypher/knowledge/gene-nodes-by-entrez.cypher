// Every HGNC gene with an Entrez id, and its node (a Hetionet gene is the HGNC gene of its Entrez id).
MATCH (g:Gene) WHERE g.entrezId IS NOT NULL
RETURN g.entrezId AS entrez, id(g) AS node
