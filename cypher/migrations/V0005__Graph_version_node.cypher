// The version node itself (see V0004), so writers only ever MATCH-and-SET it.
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.data = 0, v.genes = 0, v.geneSets = 0;
