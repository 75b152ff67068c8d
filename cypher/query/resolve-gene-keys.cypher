// Every gene that a lower-cased identifier names, and how it names it: approved symbols and ids are indexed
// on the gene, previous symbols and aliases (shared by several genes at times) on key nodes.
UNWIND $keys AS key
CALL (key) {
  MATCH (g:Gene {symbolKey: key}) RETURN g, 'symbol' AS kind
  UNION
  MATCH (g:Gene {hgncId: toUpper(key)}) RETURN g, 'hgnc' AS kind
  UNION
  MATCH (g:Gene {entrezId: key}) RETURN g, 'entrez' AS kind
  UNION
  MATCH (g:Gene {ensemblId: toUpper(key)}) RETURN g, 'ensembl' AS kind
  UNION
  MATCH (:GeneKey {key: key})-[f:FOR]->(g:Gene) RETURN g, f.kind AS kind
}
RETURN key, kind, g {.*} AS gene
