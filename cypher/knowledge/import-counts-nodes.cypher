// The nodes a Hetionet import holds per Hetionet kind (bench/import/Counts.java): Entities by their kind (an
// UnmappedGene is kind Gene), plus the HGNC genes and drugs that carry the source's identifiers (genes by Entrez id
// given in $entrez, compounds by DrugBank id given in $drugbank: the node file's identifiers, matched or created).
CALL () {
  MATCH (e:Entity {source: $source}) RETURN e.kind AS kind, count(e) AS nodes
  UNION ALL
  UNWIND $entrez AS id MATCH (g:Gene {entrezId: id}) RETURN 'Gene' AS kind, count(DISTINCT g) AS nodes
  UNION ALL
  UNWIND $drugbank AS id MATCH (:DrugKey {key: toLower(id)})-[:FOR]->(d:Drug) RETURN 'Compound' AS kind, count(DISTINCT d) AS nodes
}
RETURN kind, sum(nodes) AS nodes ORDER BY kind
