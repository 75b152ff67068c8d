// See V0011: the lower-cased DOI every lookup by DOI seeks.
CREATE INDEX publication_doi_key IF NOT EXISTS FOR (p:Publication) ON (p.doiKey);
