// Uniqueness for every identifier the service hands out or looks up.
CREATE CONSTRAINT gene_hgnc_id IF NOT EXISTS FOR (g:Gene) REQUIRE g.hgncId IS UNIQUE;
CREATE CONSTRAINT drug_id IF NOT EXISTS FOR (d:Drug) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT pathway_id IF NOT EXISTS FOR (p:Pathway) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (p:Publication) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT publication_pmid IF NOT EXISTS FOR (p:Publication) REQUIRE p.pmid IS UNIQUE;
CREATE CONSTRAINT publication_doi IF NOT EXISTS FOR (p:Publication) REQUIRE p.doi IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT curation_event_id IF NOT EXISTS FOR (e:CurationEvent) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT contrast_id IF NOT EXISTS FOR (c:Contrast) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT contrast_name IF NOT EXISTS FOR (c:Contrast) REQUIRE c.name IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT seed_file IF NOT EXISTS FOR (s:SeedFile) REQUIRE s.name IS UNIQUE;
// Case-insensitive look-up: approved symbols lower-cased on the gene (symbolKey); previous symbols and aliases,
// which genes may share, and drug names, synonyms, ChEMBL/DrugBank ids lower-cased on key nodes,
// so one unique-index seek finds all candidates.
CREATE CONSTRAINT gene_key IF NOT EXISTS FOR (k:GeneKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT drug_key IF NOT EXISTS FOR (k:DrugKey) REQUIRE k.key IS UNIQUE;
CREATE INDEX gene_symbol IF NOT EXISTS FOR (g:Gene) ON (g.symbol);
CREATE INDEX gene_symbol_key IF NOT EXISTS FOR (g:Gene) ON (g.symbolKey);
CREATE INDEX gene_entrez IF NOT EXISTS FOR (g:Gene) ON (g.entrezId);
CREATE INDEX gene_ensembl IF NOT EXISTS FOR (g:Gene) ON (g.ensemblId);
CREATE INDEX pathway_collection IF NOT EXISTS FOR (p:Pathway) ON (p.collection);
CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status);
CREATE INDEX claim_triple IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.predicate, c.objectId);
CREATE CONSTRAINT collection_name IF NOT EXISTS FOR (c:Collection) REQUIRE c.name IS UNIQUE;
