// First load into an empty graph: plain CREATE (the unique constraint still guards hgncId).
UNWIND $rows AS row
CREATE (g:Gene {hgncId: row.hgncId})
SET g.symbol = row.symbol, g.symbolKey = row.symbolKey, g.name = row.name, g.locusType = row.locusType,
    g.entrezId = row.entrezId, g.ensemblId = row.ensemblId,
    g.aliases = row.aliases, g.previousSymbols = row.previousSymbols
