UNWIND $rows AS row
MERGE (p:Publication {id: row.id})
SET p.pmid = row.pmid, p.doi = row.doi, p.firstAuthor = row.firstAuthor, p.journal = row.journal,
    p.year = row.year, p.title = row.title, p.retracted = row.retracted
