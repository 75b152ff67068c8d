// Imported nodes that are neither genes nor drugs (diseases, anatomy, side effects, targets, ...): one Entity per
// source key, with its kind as a label too.
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.id = row.id, e.name = row.name, e.nameKey = toLower(row.name), e.kind = row.kind, e.source = $source,
    e.sourceVersion = $version, e += row.props
SET e:$(row.label)
RETURN row.key AS key, id(e) AS node
