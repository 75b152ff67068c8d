// Imported knowledge (issue 17): one Entity per source key; the record of each source's import; diseases and other
// entities by id and diseases by lower-cased name; text indexes (which serve CONTAINS) for the search over drugs
// (their names, synonyms and ids, as DrugKeys) and diseases.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT import_source_name IF NOT EXISTS FOR (s:ImportSource) REQUIRE s.name IS UNIQUE;
CREATE INDEX disease_id IF NOT EXISTS FOR (d:Disease) ON (d.id);
CREATE INDEX entity_id IF NOT EXISTS FOR (e:Entity) ON (e.id);
CREATE TEXT INDEX disease_name_key IF NOT EXISTS FOR (d:Disease) ON (d.nameKey);
CREATE TEXT INDEX drug_key_text IF NOT EXISTS FOR (k:DrugKey) ON (k.key);
CREATE INDEX disease_name_key_exact IF NOT EXISTS FOR (d:Disease) ON (d.nameKey);
