// DOIs are case-insensitive: each publication keeps its DOI lower-cased as doiKey, so that a lookup by DOI is an
// index seek (V0012) instead of a scan that lower-cases every publication's DOI (they grow with every curator's
// evidence).
MATCH (p:Publication) WHERE p.doi IS NOT NULL AND p.doiKey IS NULL
SET p.doiKey = toLower(p.doi);
