// A disease by its id (DOID:9538, or Hetionet's Disease::DOID:9538) or its name, case-insensitive: index seeks.
CALL () {
  MATCH (d:Disease {id: $id}) RETURN d
  UNION
  MATCH (d:Disease {nameKey: $nameKey}) RETURN d
}
RETURN d {.*} AS disease
ORDER BY d.id
