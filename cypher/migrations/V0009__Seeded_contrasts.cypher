// The demonstration contrasts of seed-data/expression/studies.tsv, attached before contrasts had owners, are marked
// as the seed's: protected from replacement over the API (the seed step marks the ones it writes from now on).
MATCH (c:Contrast)
WHERE c.name IN ['lenalidomide_vs_dmso_synthetic', 'resistant_vs_sensitive_synthetic'] AND c.seeded IS NULL
SET c.seeded = true, c.owner = coalesce(c.owner, 'seed');
