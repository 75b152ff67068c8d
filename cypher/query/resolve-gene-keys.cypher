// Every gene that a lower-cased identifier names, and how it names it.
UNWIND $keys AS key
MATCH (:GeneKey {key: key})-[f:FOR]->(g:Gene)
RETURN key, f.kind AS kind, g {.*} AS gene
