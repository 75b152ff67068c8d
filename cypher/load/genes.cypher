// HGNC genes and their look-up keys; MERGE keeps a second load a no-op.
UNWIND $rows AS row
MERGE (g:Gene {hgncId: row.hgncId})
SET g.symbol = row.symbol, g.symbolKey = row.symbolKey, g.name = row.name, g.locusType = row.locusType,
    g.entrezId = row.entrezId, g.ensemblId = row.ensemblId,
    g.aliases = row.aliases, g.previousSymbols = row.previousSymbols
WITH g, row
UNWIND row.keys AS k
MERGE (key:GeneKey {key: k.key})
MERGE (key)-[f:FOR]->(g)
SET f.kind = k.kind
