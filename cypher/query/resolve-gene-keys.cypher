// Every gene that a lower-cased identifier names, and how it names it: approved symbols and ids are indexed
// on the gene, previous symbols and aliases (shared by several genes at times) on key nodes. The index hints keep
// every branch a seek: planned on statistics from before a bulk load, a branch became an index scan per key
// (a first start then spent minutes here).
UNWIND $keys AS key
CALL (key) {
  MATCH (g:Gene {symbolKey: key}) USING INDEX g:Gene(symbolKey) RETURN g, 'symbol' AS kind
  UNION
  MATCH (g:Gene {hgncId: toUpper(key)}) USING INDEX g:Gene(hgncId) RETURN g, 'hgnc' AS kind
  UNION
  MATCH (g:Gene {entrezId: key}) USING INDEX g:Gene(entrezId) RETURN g, 'entrez' AS kind
  UNION
  MATCH (g:Gene {ensemblId: toUpper(key)}) USING INDEX g:Gene(ensemblId) RETURN g, 'ensembl' AS kind
  UNION
  MATCH (k:GeneKey {key: key})-[f:FOR]->(g:Gene) USING INDEX k:GeneKey(key) RETURN g, f.kind AS kind
}
RETURN key, kind, g {.*} AS gene
