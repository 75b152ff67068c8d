// Publications of a curated file. A new one is created as written. One already in the graph keeps what curators
// did to it (a retraction stands) and its identifiers (a PMID or DOI is only filled in where it was blank); the
// bibliographic fields (author, journal, year, title), which no curator action changes, follow the file.
UNWIND $rows AS row
MERGE (p:Publication {id: row.id})
ON CREATE SET p.pmid = row.pmid, p.doi = row.doi, p.doiKey = toLower(row.doi), p.firstAuthor = row.firstAuthor, p.journal = row.journal,
    p.year = row.year, p.title = row.title, p.retracted = row.retracted
ON MATCH SET p.pmid = coalesce(p.pmid, row.pmid), p.doi = coalesce(p.doi, row.doi),
    p.doiKey = toLower(coalesce(p.doi, row.doi)),
    p.firstAuthor = row.firstAuthor, p.journal = row.journal, p.year = row.year, p.title = row.title,
    p.retracted = coalesce(p.retracted, false) OR row.retracted
