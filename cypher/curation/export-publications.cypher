MATCH (p:Publication)
RETURN p.id AS id, p.pmid AS pmid, p.doi AS doi, p.firstAuthor AS firstAuthor, p.journal AS journal,
       p.year AS year, p.title AS title, coalesce(p.retracted, false) AS retracted
ORDER BY p.id
