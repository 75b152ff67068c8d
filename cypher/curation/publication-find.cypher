// A publication by its key, PMID or DOI (any case): three index seeks.
CALL () {
  MATCH (p:Publication {id: $key}) RETURN p
  UNION
  MATCH (p:Publication {pmid: $key}) RETURN p
  UNION
  MATCH (p:Publication {doiKey: toLower($key)}) RETURN p
}
RETURN p {.*} AS publication
