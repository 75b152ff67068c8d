// A publication by its key, PMID or DOI.
MATCH (p:Publication) WHERE p.id = $key OR p.pmid = $key OR toLower(p.doi) = toLower($key)
RETURN p {.*} AS publication
